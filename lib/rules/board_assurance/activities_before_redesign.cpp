#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_activities_before_redesign(const Proposal& p, Reporter& out) {
  check_redesign_side(p, out, {is_before_redesign, "before the redesign (defining the problem or designing the service)", "`problem-definition` or `design`"});
}

}  // namespace

extern const Rule activities_before_redesign{
    .id = "activities-before-redesign",
    .item = &board::activities,
    .severity = Severity::blocking,
    .title = "People who use services took part before the service was redesigned",
    .quote = "Description of co-production activities prefacing the proposal/business case - before and after redesign",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "An activity at stage `problem-definition` or `design`, dated on or before the board date, in which a `lived-experience`, `carers` or `community` group took part.",
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
    .check = check_activities_before_redesign,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
