#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.how, "how"}, {p.how->activities, "how.activities"}})) return;
  for (const Activity& activity : items(p.how->activities))
    if (activity.stage.given() && is_after_redesign(*activity.stage)) return;
  out.report(p.how->activities.at, "how.activities",
             "no co-production activity took place after the redesign: none is at stage "
             "`testing`, `delivery` or `evaluation`");
}

}  // namespace

extern const Rule activities_after_redesign{
    .id = "activities-after-redesign",
    .item = Item::activities,
    .severity = Severity::warning,
    .title = "People were involved after the redesign too: testing, delivery or evaluation",
    .quote = "Description of co-production activities prefacing the proposal/business case - "
             "before and after redesign",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "At least one activity at stage `testing`, `delivery` or `evaluation`: the people "
             "who shaped the redesign also tried it out, delivered it or judged it.",
    .example = R"(how:
  activities:
    - id: prototype-test
      title: Testing the drop-in model with the panel
      method: co-design-group
      stage: testing
      level: co-production
      date: 2026-01-15
      groups: [lived-experience-panel]
)",
    .check = check,
};

}  // namespace coprod::rules
