#include <fmt/format.h>

#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {


void check_outcomes_feedback(const Proposal& p, Reporter& out) {
  const Part<Feedback>& feedback = p.outcomes->feedback_to_participants;
  if (out.not_applicable({p.outcomes, feedback})) return;
  const std::string guidance =
      "Give `outcomes.feedback_to_participants` with its `date`, on or before the board date, "
      "and `how` people were told.";
  const Field<Date>& date = feedback->date;
  const Field<Date>& board_date = p.proposal.board_date;
  const bool no_date = !date.given(), no_how = !feedback->how.given();
  if (no_date || no_how) {
    const std::string_view what = no_date && no_how ? "how and when" : no_date ? "when" : "how";
    out.report(feedback,
               fmt::format("the proposal does not say {} the people who took part were told what "
                           "difference they made",
                           what),
               guidance);
  } else if (*board_date < *date) {
    out.report(date,
               fmt::format("people are to be told what difference they made on {}, after the "
                           "board meets on {}",
                           date->iso(), board_date->iso()),
               "Feed back to the people who took part before the board decides.");
  }
}

}  // namespace

extern const Rule outcomes_feedback{
    .id = "outcomes-feedback",
    .item = &board::outcomes,
    .severity = Severity::warning,
    .title = "People were told what difference they made, before the board",
    .quote = "Listening and acting",
    .source = "Board steps for real co-production – setting the conditions and culture",
    .meets = "`outcomes.feedback_to_participants` gives a `date` on or before `proposal.board_date`, and `how` people were told.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(outcomes:
  feedback_to_participants:
    date: 2026-02-10
    how: A celebration event and a "you said, we did" leaflet.
)yaml",
    .check = check_outcomes_feedback,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
