#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.who, "who"},
                          {p.who->groups, "who.groups"},
                          {p.how, "how"},
                          {p.how->activities, "how.activities"}}))
    return;
  for (const Group* group : participating_groups(p))
    if (*group->kind == "lived-experience" || *group->kind == "carers") return;
  out.report(p.who->groups.at, "who.groups",
             "no group with lived experience took part: no activity includes a group of kind "
             "`lived-experience` or `carers`");
}

}  // namespace

extern const Rule who_lived_experience{
    .id = "who-lived-experience",
    .item = Item::who,
    .severity = Severity::blocking,
    .title = "People with lived experience took part",
    .quote = "Seek out those with lived experience.",
    .source = "Board steps: Who to involve?",
    .meets = "A group of kind `lived-experience` or `carers` took part in at least one activity.",
    .example = R"(who:
  groups:
    - id: lived-experience-panel
      name: Lived experience panel
      kind: lived-experience
how:
  activities:
    - id: discovery
      # …
      groups: [lived-experience-panel]
)",
    .check = check,
};

}  // namespace coprod::rules
