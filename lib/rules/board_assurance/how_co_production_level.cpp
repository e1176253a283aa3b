#include <fmt/format.h>

#include "load/vocabulary.h"
#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.how, "how"}, {p.how->activities, "how.activities"}})) return;
  const auto& activities = items(p.how->activities);
  std::size_t highest = activities.size();
  for (std::size_t i = 0; i < activities.size(); ++i) {
    if (!activities[i].level.given()) continue;
    if (highest == activities.size() ||
        vocab::rung(*activities[i].level) > vocab::rung(*activities[highest].level))
      highest = i;
  }
  if (highest == activities.size()) {
    out.report(p.how->activities.at, "how.activities",
               "no co-production activity is described: at least one activity at level "
               "`co-design` or `co-production` is needed");
    return;
  }
  const Activity& top = activities[highest];
  const int reached = vocab::rung(*top.level);
  if (reached >= vocab::rung("co-design")) return;
  const std::string what =
      reached <= vocab::rung("consultation")
          ? "that is consultation on predetermined views, ideas and solutions, not co-production"
          : "that is engagement, not co-production";
  out.report(top.level.at, item_path("how.activities", highest, "level"),
             fmt::format("the highest level any activity reaches is `{}` ({}): {}; co-production "
                         "needs at least one activity at level `co-design` or `co-production`",
                         *top.level, named(top), what));
}

}  // namespace

extern const Rule how_co_production_level{
    .id = "how-co-production-level",
    .item = Item::how,
    .severity = Severity::blocking,
    .title = "The work reached co-design or co-production, not only consultation",
    .quote = "Concept: Co-production widely used in the NHS - Reality: Consultations on "
             "predetermined views, ideas and solution",
    .source = "An 'Open Space' approach to community engagement and co-production",
    .meets = "At least one activity reaches level `co-design` or `co-production` on the ladder "
             "of co-production (coercion, educating, informing, consultation, engagement, "
             "co-design, co-production).",
    .example = R"(how:
  activities:
    - id: open-space
      title: "Open Space: what matters to me for my wellbeing"
      method: open-space
      stage: design
      level: co-design
      date: 2025-11-04
      groups: [knowsley-community]
)",
    .check = check,
};

}  // namespace coprod::rules
