#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_how_earliest_stage(const Proposal& p, Reporter& out) {
  // Without the groups there is no telling whose voices these were.
  if (out.not_applicable({p.who, p.who->groups})) return;
  const Terms& terms = out.terms();
  if (p.origin.given())
    for (const Text& id : items(p.origin->defined_with))
      if (const Group* g = id.given() ? terms.group(*id) : nullptr; g && Terms::community_voice(*g))
        return;
  bool planned = false;
  for (const Activity& a : terms.activities()) {
    if (!a.stage.is(Stage::problem_definition) || !terms.with_community_voice(a))
      continue;
    if (terms.done(a)) return;
    planned = true;
  }
  if (activities_not_applicable(p, out)) return;
  std::string message = fmt::format(
      "{} did not help define the question: none took part in defining the problem before the "
      "board, and none is named as having defined the question with the organisation",
      Terms::kCommunityVoices);
  if (planned) message += fmt::format(" (the activity defining the problem with them is {})", Terms::kNotYetHeld);
  out.report(p.how->activities, std::move(message),
             "Record the activity at stage `problem-definition` with a `lived-experience`, `carers` or `community` "
             "group, or name the group in `origin.defined_with`.");
}

}  // namespace

extern const Rule how_earliest_stage{
    .id = "how-earliest-stage",
    .item = &board::how,
    .severity = Severity::blocking,
    .title = "People who use services helped define the question, at the earliest stage",
    .quote = "Co-production is a way of working that involves people who use health and care services, carers and communities in equal partnership; and which engages groups of people at the earliest stages of service design, development and evaluation.",
    .source = "What is co-production?",
    .meets = "A `lived-experience`, `carers` or `community` group took part in an activity at stage `problem-definition` dated on or before the board date, or is named in `origin.defined_with` as having defined the question together with the organisation.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(origin:
  defined_with: [peer-group]
who:
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
    .check = check_how_earliest_stage,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
