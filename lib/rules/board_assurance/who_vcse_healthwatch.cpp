#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_who_vcse_healthwatch(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;
  const Terms& terms = out.terms();
  if (terms.community_partner_took_part()) return;
  // An established body of people who use services that planned and ran
  // the involvement itself (a children in care council, a voices
  // partnership) plays the part a local organisation would.
  for (const Activity* a : terms.done_activities())
    if (terms.community_led(*a)) return;
  out.report(p.who->groups, "no group that took part is described as a local voluntary or community "
             "organisation, or as Healthwatch",
             "Involve a `vcse` or `healthwatch` group in an activity before the board: they know "
             "local communities and the informal routes to them. A group of people who use "
             "services that planned and ran an activity with you plays that part too: name it in "
             "the activity's `led_by`.");
}

}  // namespace

extern const Rule who_vcse_healthwatch{
    .id = "who-vcse-healthwatch",
    .item = &board::who,
    .severity = Severity::warning,
    .title = "Local voluntary and community organisations or Healthwatch took part",
    .quote = "Know your communities and local organisations, formal and informal routes",
    .source = "Board steps: Who to involve?",
    .meets = "A group of kind `vcse` (voluntary, community and social enterprise) or `healthwatch` took part in an activity dated on or before the board date; or a `lived-experience`, `carers` or `community` group planned and ran such an activity (`led_by`), as an established body of people who use services does.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: healthwatch
      name: Healthwatch Knowsley
      kind: healthwatch
how:
  activities:
    - id: listening-events
      title: Listening events on diabetes care
      method: world-cafe
      stage: problem-definition
      level: engagement
      date: 2025-10-02
      groups: [healthwatch]
)yaml",
    .check = check_who_vcse_healthwatch,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
