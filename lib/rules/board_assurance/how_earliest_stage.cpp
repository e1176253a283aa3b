#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  // Without the groups there is no telling whose voices these were.
  if (out.not_applicable({{p.who, "who"}, {p.who->groups, "who.groups"}})) return;
  if (p.origin.given())
    for (const Text& id : items(p.origin->defined_with))
      if (id.given() && has_lived_experience(p.group(*id))) return;
  for (const Activity& activity : items(p.how->activities)) {
    if (!activity.stage.given() || *activity.stage != "problem-definition") continue;
    for (const Text& id : items(activity.groups))
      if (id.given() && has_lived_experience(p.group(*id))) return;
  }
  if (out.not_applicable({{p.how, "how"}, {p.how->activities, "how.activities"}})) return;
  out.report(p.how->activities.at, "how.activities",
             "people who use services were not involved at the earliest stage: no "
             "`lived-experience`, `carers` or `community` group took part in a "
             "`problem-definition` activity or is named in `origin.defined_with`");
}

}  // namespace

extern const Rule how_earliest_stage{
    .id = "how-earliest-stage",
    .item = Item::how,
    .severity = Severity::blocking,
    .title = "People who use services helped define the question, at the earliest stage",
    .quote = "Co-production is a way of working that involves people who use health and care "
             "services, carers and communities in equal partnership; and which engages groups "
             "of people at the earliest stages of service design, development and evaluation.",
    .source = "What is co-production?",
    .meets = "A `lived-experience`, `carers` or `community` group took part in an activity at "
             "stage `problem-definition`, or is named in `origin.defined_with` as having "
             "defined the question together with the organisation.",
    .example = R"(origin:
  question: What would help people in Knowsley to live well?
  defined_with: [lived-experience-panel]
how:
  activities:
    - id: ai-discovery
      title: Appreciative inquiry discovery sessions
      method: appreciative-inquiry
      stage: problem-definition
      level: co-production
      date: 2025-09-18
      groups: [lived-experience-panel]
)",
    .check = check,
};

}  // namespace coprod::rules
