#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_activities_after_redesign(const Proposal& p, Reporter& out) {
  check_redesign_side(p, out, {.on_side = is_after_redesign, .side = "after the redesign (testing, delivering or evaluating it)", .stages = "`testing`, `delivery` or `evaluation`", .may_follow_decision = true});
}

}  // namespace

extern const Rule activities_after_redesign{
    .id = "activities-after-redesign",
    .item = &board::activities,
    .severity = Severity::warning,
    .title = "People who use services took part after the redesign too: testing, delivery or evaluation",
    .quote = "Description of co-production activities prefacing the proposal/business case - before and after redesign",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "An activity at stage `testing`, `delivery` or `evaluation`, dated on or before the board date, in which a `lived-experience`, `carers` or `community` group took part: the people who shaped the redesign also tried it out, delivered it or judged it. A change that can only be tested once the board approves it meets it once people have designed it before the board (a done `design` activity), with such an activity planned after the board date and `continuation.implementation` saying how people stay involved while it is implemented.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
      communities: [core20, ethnic-minorities]
      paid: true
how:
  activities:
    - id: clinic-test
      title: Testing the clinic model with the peer group
      method: co-design-group
      stage: testing
      level: co-production
      date: 2026-02-05
      groups: [peer-group]
      evidence: https://example.org/reports/clinic-test
)yaml",
    .check = check_activities_after_redesign,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
