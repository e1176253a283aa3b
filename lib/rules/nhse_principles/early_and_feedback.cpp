#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/example_header.h"
#include "rules/nhse_principles/common.h"
#include "rules/nhse_principles/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {


// Empty when a community voice took part in defining the problem; else why not.
std::string early_problem(const Terms& terms) {
  bool staged = false, planned = false;
  for (const Activity& a : terms.activities()) {
    if (!a.stage.is(Stage::problem_definition)) continue;
    staged = true;
    if (!terms.with_community_voice(a)) continue;
    if (terms.done(a)) return {};
    planned = true;
  }
  if (planned)
    return fmt::format("{} are to help define the problem only in activities {}, which is not "
                       "starting early",
                       Terms::kCommunityVoices, Terms::kNotYetHeld);
  if (staged)
    return fmt::format("no activity defining the problem included {}", Terms::kCommunityVoices);
  return "the proposal records no activity defining the problem";
}

void check_early_and_feedback(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;
  const Part<Feedback>& feedback = p.outcomes->feedback_to_participants;
  if (out.not_applicable({p.outcomes, feedback})) return;
  nhse::Reasons reasons;
  if (const std::string early = early_problem(out.terms()); !early.empty())
    reasons.add(p.how->activities, early);
  const Field<Date>& date = feedback->date;
  const Field<Date>& board_date = p.proposal.board_date;
  if (!date.given())
    reasons.add(date, "the proposal does not say when the people who took part were told how they "
                "influenced the plans");
  else if (board_date.given() && *board_date < *date)
    reasons.add(date, fmt::format("the people who took part are to be told how they influenced the "
                            "plans on {}, after the board meets on {}",
                            date->iso(), board_date->iso()));
  if (reasons.empty()) return;
  out.report(*reasons.where, std::move(reasons.message),
             "Record a `problem-definition` activity, dated on or before the board date, with a "
             "`lived-experience`, `carers` or `community` group in its `groups`, and give "
             "`outcomes.feedback_to_participants.date` on or before the board date.");
}

}  // namespace

extern const Rule nhse_early_and_feedback{
    .id = "nhse-early-and-feedback",
    .item = &nhse::early,
    .severity = Severity::warning,
    .title = "Engagement started early, and people were told how they influenced the plans",
    .quote = "start engagement early when developing plans, and feed back … how it has influenced activities and decisions",
    .source = "Hertfordshire and West Essex ICB constitution §9.1.3, adopting NHS England's principle 2",
    .meets = "A `lived-experience`, `carers` or `community` group took part in a `problem-definition` activity dated on or before the board date, and `outcomes.feedback_to_participants.date` is on or before `proposal.board_date`.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
how:
  activities:
    - id: story-sessions
      title: Storytelling sessions on living with diabetes
      method: storytelling
      stage: problem-definition
      level: co-design
      date: 2025-10-02
      groups: [peer-group]
outcomes:
  feedback_to_participants:
    date: 2026-02-10
    how: A "you said, we did" leaflet and a celebration event.
)yaml",
    .check = check_early_and_feedback,
};

}  // namespace coprod::rules
