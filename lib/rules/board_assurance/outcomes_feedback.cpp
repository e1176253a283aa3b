#include <fmt/format.h>

#include "rules/rule.h"

namespace coprod::rules {
namespace {

constexpr std::string_view kPath = "outcomes.feedback_to_participants";

void check(const Proposal& p, Reporter& out) {
  const Part<Feedback>& feedback = p.outcomes->feedback_to_participants;
  if (out.not_applicable({{p.outcomes, "outcomes"}, {feedback, kPath}})) return;
  if (!feedback.given()) {
    out.report(feedback.at, std::string(kPath),
               "the proposal does not say how and when the people who took part were told what "
               "difference they made: add `outcomes.feedback_to_participants` with `date` and "
               "`how`");
    return;
  }
  const Field<Date>& date = feedback->date;
  const Field<Date>& board_date = p.proposal.board_date;
  if (!date.given()) {
    out.report(date.at, fmt::format("{}.date", kPath),
               "the feedback to participants has no `date`: say when people were told what "
               "difference they made");
  } else if (board_date.given() && *board_date < *date) {
    out.report(date.at, fmt::format("{}.date", kPath),
               fmt::format("people are told what difference they made on {}, after the board "
                           "date ({}): feed back to them before the board decides",
                           date->iso(), board_date->iso()));
  }
  if (!feedback->how.given())
    out.report(feedback->how.at, fmt::format("{}.how", kPath),
               "the feedback to participants does not say `how` people were told what "
               "difference they made");
}

}  // namespace

extern const Rule outcomes_feedback{
    .id = "outcomes-feedback",
    .item = Item::outcomes,
    .severity = Severity::warning,
    .title = "People were told what difference they made, before the board",
    .quote = "Listening and acting",
    .source = "Board steps for real co-production – setting the conditions and culture",
    .meets = "`outcomes.feedback_to_participants` gives a `date` on or before "
             "`proposal.board_date`, and `how` people were told.",
    .example = R"(outcomes:
  feedback_to_participants:
    date: 2026-02-10
    how: A celebration event and a "you said, we did" leaflet.
)",
    .check = check,
};

}  // namespace coprod::rules
