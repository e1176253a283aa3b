#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.how, "how"}, {p.how->activities, "how.activities"}})) return;
  for (const Activity& activity : items(p.how->activities))
    if (activity.stage.given() && is_before_redesign(*activity.stage)) return;
  out.report(p.how->activities.at, "how.activities",
             "no co-production activity took place before the redesign: none is at stage "
             "`problem-definition` or `design`");
}

}  // namespace

extern const Rule activities_before_redesign{
    .id = "activities-before-redesign",
    .item = Item::activities,
    .severity = Severity::blocking,
    .title = "People were involved before the service was redesigned",
    .quote = "Description of co-production activities prefacing the proposal/business case - "
             "before and after redesign",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "At least one activity at stage `problem-definition` or `design`.",
    .example = R"(how:
  activities:
    - id: discovery
      title: Discovery sessions
      method: appreciative-inquiry
      stage: problem-definition
      level: co-production
      date: 2025-09-18
      groups: [lived-experience-panel]
)",
    .check = check,
};

}  // namespace coprod::rules
