#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

bool what_matters(Method method) {
  constexpr Method kMethods[] = {Method::always_events,   Method::ebcd,
                                 Method::storytelling,    Method::open_space,
                                 Method::appreciative_inquiry, Method::co_design_group,
                                 Method::peer_research,   Method::world_cafe};
  for (Method m : kMethods)
    if (m == method) return true;
  return false;
}

void check_how_methods(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;
  const Terms& terms = out.terms();
  bool any = false;
  for (const Activity* a : terms.done_activities()) {
    if (!terms.co_produced(*a)) continue;
    any = true;
    if (a->method.given() && what_matters(*a->method)) return;
  }
  // Without a co-produced activity, how-co-production-level says so.
  if (!any) return;
  out.report(p.how->activities, "no co-produced activity used a method built around what matters to people",
             "Methods such as `always-events`, `ebcd`, `storytelling`, `open-space`, "
             "`appreciative-inquiry`, `co-design-group`, `peer-research` or `world-cafe` start "
             "from what matters to people.");
}

}  // namespace

extern const Rule how_methods{
    .id = "how-methods",
    .item = &board::how,
    .severity = Severity::advice,
    .title = "A method built around what matters to people was used",
    .quote = "Methodologies that are built around what matters to people can provide an approach, direction and structure for the process of working together.",
    .source = "Starting from what matters to people",
    .meets = "At least one co-produced activity uses `always-events`, `ebcd` (experience-based co-design), `storytelling`, `open-space`, `appreciative-inquiry`, `co-design-group`, `peer-research` or `world-cafe`.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
      communities: [core20, ethnic-minorities]
      paid: true
how:
  activities:
    - id: story-sessions
      title: Storytelling sessions on living with diabetes
      method: storytelling
      stage: problem-definition
      level: co-design
      date: 2025-10-02
      groups: [peer-group]
      evidence: https://example.org/reports/story-sessions
)yaml",
    .check = check_how_methods,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
