#include <string>

#include <fmt/format.h>

#include "rules/example_header.h"
#include "rules/legal_duties/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

constexpr std::string_view kGunningGuidance =
    "Record when the decision-makers considered the responses, on or after the day the "
    "consultation closed and before the board decides, and the report they considered "
    "(`consultation.responses_considered` `date` and `link`).";

void check_legal_gunning_conscientious(const Proposal& p, Reporter& out) {
  if (out.not_applicable({Need(p.consultation)})) return;
  const Consultation& c = *p.consultation;
  if (!c.closed.given())
    return out.not_given(c.closed, "consultation closing date");
  const Date& board_date = *p.proposal.board_date;
  const Date& closed = *c.closed;
  if (board_date <= closed) {
    // Then no consideration between the close and the decision is possible: one finding.
    out.report(c.closed, fmt::format("the consultation closes on {}, {}: the record does not show that the "
                           "responses can be considered before the decision",
                           closed.iso(),
                           closed == board_date
                               ? std::string("the day the board decides")
                               : fmt::format("after the board decides on {}", board_date.iso())),
               "Take the decision after the consultation has closed and its responses have been "
               "considered: move the board date, or correct `consultation.closed`.");
    return;
  }
  if (out.not_applicable({Need(c.responses_considered)}))
    return;
  const Field<Date>& considered = c.responses_considered->date;
  if (!considered.given()) {
    out.report(c.responses_considered.given() ? static_cast<const Located&>(considered)
                                              : c.responses_considered,
               "the record does not show that the decision-makers considered the consultation "
               "responses before the decision",
               std::string(kGunningGuidance));
  } else if (*considered < closed) {
    out.report(considered, fmt::format("the record shows the responses considered on {}, before the "
                           "consultation closed on {}: responses that came in after that were "
                           "not considered",
                           considered->iso(), closed.iso()),
               std::string(kGunningGuidance));
  } else if (board_date < *considered) {
    out.report(considered, fmt::format("the record shows the responses considered on {}, after the board "
                           "decides on {}",
                           considered->iso(), board_date.iso()),
               std::string(kGunningGuidance));
  }
}

}  // namespace

extern const Rule legal_gunning_conscientious{
    .id = "legal-gunning-conscientious",
    .item = &legal::consultation,
    .severity = Severity::blocking,
    .title = "The responses were considered before the decision",
    .quote = "'Conscientious consideration' must be given to the consultation responses before a decision is made",
    .source = "Bedfordshire CCG, The Gunning Principles",
    .meets = "If `consultation.closed` is given: the consultation closed before `proposal.board_date`, and `consultation.responses_considered.date` is on or after the day it closed and on or before the board date: \"Decision-makers should be able to provide evidence that they took consultation responses into account\".",
    .example = COPROD_EXAMPLE_ICB R"yaml(consultation:
  opened: 2026-01-12
  closed: 2026-04-06
  responses_considered:
    date: 2026-05-14
    link: https://example.org/board/2026-05-14/consultation-report
)yaml",
    .check = check_legal_gunning_conscientious,
};

}  // namespace coprod::rules
