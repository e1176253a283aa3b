#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/example_header.h"
#include "rules/nhse_principles/common.h"
#include "rules/nhse_principles/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_excluded_groups(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;
  std::vector<const Group*> tagged;  // took part and say which communities they speak for
  for (const Group* g : out.terms().groups_that_took_part()) {
    if (!Terms::core20plus(*g)) continue;
    if (g->relationship.is(Relationship::ongoing)) return;
    tagged.push_back(g);
  }
  const std::string guidance =
      "Give `relationship: ongoing` to a group that took part and lists its Core20PLUS "
      "`communities`, when the work with it continues beyond this proposal.";
  if (tagged.empty()) {
    out.report(p.who->groups, "no group that took part says which communities facing health inequalities it "
               "speaks for, so the proposal does not show a lasting relationship with excluded "
               "groups",
               guidance);
    return;
  }
  const Group& first = *tagged.front();
  out.report(first.relationship,
             tagged.size() == 1
                 ? fmt::format("the proposal does not say that the work continues with {}, "
                               "which says it speaks for communities facing health inequalities",
                               names_of(tagged))
                 : fmt::format("the proposal does not say that the work continues with any of "
                               "the groups that say they speak for communities facing health "
                               "inequalities ({})",
                               names_of(tagged)),
             guidance);
}

}  // namespace

extern const Rule nhse_excluded_groups{
    .id = "nhse-excluded-groups",
    .item = &nhse::communities,
    .severity = Severity::warning,
    .title = "A lasting relationship with communities facing health inequalities",
    .quote = "build relationships with excluded groups",
    .source = "Hertfordshire and West Essex ICB constitution §9.1.3, adopting NHS England's principle 4",
    .meets = "A group that took part in an activity dated on or before the board date lists the Core20PLUS communities it speaks for in `communities`, and has `relationship: ongoing`.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
      communities: [core20, ethnic-minorities]
      relationship: ongoing
how:
  activities:
    - id: story-sessions
      title: Storytelling sessions on living with diabetes
      method: storytelling
      stage: problem-definition
      level: co-design
      date: 2025-10-02
      groups: [peer-group]
)yaml",
    .check = check_excluded_groups,
};

}  // namespace coprod::rules
