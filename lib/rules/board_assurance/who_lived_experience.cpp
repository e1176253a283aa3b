#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;
  if (kind_took_part(p, {"lived-experience", "carers"})) return;
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
