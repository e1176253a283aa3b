#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;
  for (const Group* group : participating_groups(p))
    if (!items(group->communities).empty()) return;
  out.report(p.who->groups.at, "who.groups",
             "no group that took part is from a community facing health inequalities: none "
             "lists `communities` (Core20PLUS, such as `core20` or `inclusion-health`)");
}

}  // namespace

extern const Rule who_inequalities{
    .id = "who-inequalities",
    .item = Item::who,
    .severity = Severity::warning,
    .title = "People from communities facing health inequalities took part",
    .quote = "Prioritise reducing health inequalities",
    .source = "Co-production & our learning from the pandemic response",
    .meets = "At least one group that took part lists the Core20PLUS communities it comes from "
             "in `communities` (`core20`, `ethnic-minorities`, `inclusion-health` …).",
    .example = R"(who:
  groups:
    - id: residents
      name: Residents of Northwood and Tower Hill
      kind: community
      communities: [core20]
how:
  activities:
    - id: open-space
      # …
      groups: [residents]
)",
    .check = check,
};

}  // namespace coprod::rules
