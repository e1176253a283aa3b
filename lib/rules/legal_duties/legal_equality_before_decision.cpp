#include <fmt/format.h>

#include "rules/example_header.h"
#include "rules/legal_duties/common.h"
#include "rules/legal_duties/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_legal_equality_before_decision(const Proposal& p, Reporter& out) {
  if (out.not_applicable({Need(p.equality),
                          Need(p.equality->assessment)}))
    return;
  const Field<Date>& date = p.equality->assessment->date;
  if (!date.given())
    return out.not_given(date, "date for an equality impact assessment");
  legal::decided_before(
      out, *date, false, fmt::format("the equality impact assessment of {}", long_date(*date)),
      "The decision must be taken with the assessment in front of it: reopen it once the "
      "assessment is done; if the sentence does not mean that, say why in `reconciliations`, "
      "with who agreed it.");
  const Date& board_date = *p.proposal.board_date;
  if (*date <= board_date) return;
  out.report(date, fmt::format("the record shows the equality impact assessment completed on {}, after "
                         "the board decides on {}: it does not show that the decision was taken "
                         "with the assessment in front of it",
                         date->iso(), board_date.iso()),
             "Complete the assessment and put it to the board before the decision; if it was, "
             "correct `equality.assessment.date`.");
}

}  // namespace

extern const Rule legal_equality_before_decision{
    .id = "legal-equality-before-decision",
    .item = &legal::equality,
    .severity = Severity::blocking,
    .title = "The equality impact assessment was done before the decision",
    .quote = "A public authority must, in the exercise of its functions, have due regard to the need to— (a) eliminate discrimination …",
    .source = "Equality Act 2010 s.149(1), as quoted in M. Bovey QC, Public Sector Equality Duty (murraystable.com)",
    .meets = "If `equality.assessment.date` is given: it is on or before `proposal.board_date`.",
    .example = COPROD_EXAMPLE_ICB R"yaml(equality:
  assessment:
    date: 2026-04-30
    link: https://example.org/board/2026-06-11/equality-impact-assessment
)yaml",
    .check = check_legal_equality_before_decision,
};

}  // namespace coprod::rules
