#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;
  if (kind_took_part(p, {"vcse", "healthwatch"})) return;
  out.report(p.who->groups.at, "who.groups",
             "no local voluntary or community organisation or Healthwatch took part: no "
             "activity includes a group of kind `vcse` or `healthwatch`");
}

}  // namespace

extern const Rule who_vcse_healthwatch{
    .id = "who-vcse-healthwatch",
    .item = Item::who,
    .severity = Severity::warning,
    .title = "Local voluntary and community organisations or Healthwatch took part",
    .quote = "Know your communities and local organisations, formal and informal routes",
    .source = "Board steps: Who to involve?",
    .meets = "A group of kind `vcse` (voluntary, community and social enterprise) or "
             "`healthwatch` took part in at least one activity.",
    .example = R"(who:
  groups:
    - id: healthwatch-knowsley
      name: Healthwatch Knowsley
      kind: healthwatch
how:
  activities:
    - id: open-space
      # …
      groups: [healthwatch-knowsley]
)",
    .check = check,
};

}  // namespace coprod::rules
