#include <algorithm>
#include <iterator>
#include <string_view>

#include "rules/rule.h"

namespace coprod::rules {
namespace {

// Methods built around what matters to people, rather than around the
// organisation's own questions.
constexpr std::string_view kWhatMatters[] = {
    "always-events",   "ebcd",          "storytelling", "open-space", "appreciative-inquiry",
    "co-design-group", "peer-research", "world-cafe"};

bool what_matters(std::string_view method) {
  return std::find(std::begin(kWhatMatters), std::end(kWhatMatters), method) !=
         std::end(kWhatMatters);
}

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.how, "how"}, {p.how->activities, "how.activities"}})) return;
  for (const Activity& activity : items(p.how->activities))
    if (activity.method.given() && what_matters(*activity.method)) return;
  out.report(p.how->activities.at, "how.activities",
             "no activity uses a method built around what matters to people, such as "
             "`always-events`, `ebcd`, `storytelling`, `open-space` or `appreciative-inquiry`");
}

}  // namespace

extern const Rule how_methods{
    .id = "how-methods",
    .item = Item::how,
    .severity = Severity::advice,
    .title = "A method built around what matters to people was used",
    .quote = "Methodologies that are built around what matters to people can provide an "
             "approach, direction and structure for the process of working together.",
    .source = "Starting from what matters to people",
    .meets = "At least one activity uses `always-events`, `ebcd` (experience-based co-design), "
             "`storytelling`, `open-space`, `appreciative-inquiry`, `co-design-group`, "
             "`peer-research` or `world-cafe`.",
    .example = R"(how:
  activities:
    - id: ai-discovery
      title: Appreciative inquiry discovery sessions
      method: appreciative-inquiry
      # …
)",
    .check = check,
};

}  // namespace coprod::rules
