#include <string>

#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/example_header.h"
#include "rules/legal_duties/common.h"
#include "rules/legal_duties/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_legal_gunning_formative(const Proposal& p, Reporter& out) {
  if (out.not_applicable({Need(p.consultation)})) return;
  const Field<Date>& opened = p.consultation->opened;
  if (!opened.given())
    return out.not_given(opened, "consultation opening date");
  const Date& board_date = *p.proposal.board_date;
  if (board_date <= *opened)
    out.report(opened, fmt::format("the consultation opens on {}, {}: the record does not show the "
                           "decision still open while people are consulted",
                           opened->iso(),
                           *opened == board_date
                               ? std::string("the day the board decides")
                               : fmt::format("after the board decides on {}", board_date.iso())),
               "A consultation must open while the decision is still to be made: correct the "
               "dates, or move the decision to after the consultation has closed.");
  const Terms& terms = out.terms();
  for (const Activity& a : terms.activities()) {
    if (!a.stage.is(Stage::delivery) || !a.date.given() || *opened < *a.date)
      continue;
    out.report(a.date, fmt::format("the record shows the new service already being delivered before the "
                           "consultation opens on {}: {} is dated {}",
                           opened->iso(), named(a), a.date->iso()),
               "Consulting on a service already in place asks about a decision already taken: "
               "correct the activity's `stage` or `date`, or reopen the decision and consult "
               "again.");
  }
  if (p.consultation->closed.given())
    legal::decided_before(
        out, *p.consultation->closed, true,
        fmt::format("the consultation closed on {}", long_date(*p.consultation->closed)),
        "A decision taken before the consultation closed was not open to its answers: reopen it "
        "and consult again; if the sentence does not mean that, say why in `reconciliations`, with "
        "who agreed it.");
  const auto& commitments = items(p.origin->prior_commitments);
  for (std::size_t i = 0; i < commitments.size(); ++i) {
    const Commitment& c = commitments[i];
    if (!c.kind.is(CommitmentKind::solution) || !c.date.given() || *opened < *c.date) continue;
    out.report(c, fmt::format("the record shows the solution chosen before the consultation opens on "
                           "{}: {}on {}",
                           opened->iso(), c.what.given() ? fmt::format("\"{}\" ", *c.what) : "",
                           c.date->iso()),
               "A consultation on a solution already chosen is not formative: reopen the choice "
               "and consult on the options, or, if this was a constraint rather than the "
               "solution, say so (`kind: constraint`).");
  }
}

}  // namespace

extern const Rule legal_gunning_formative{
    .id = "legal-gunning-formative",
    .item = &legal::consultation,
    .severity = Severity::blocking,
    .title = "The consultation took place while the decision was still open",
    .quote = "A final decision has not yet been made, or predetermined, by the decision makers",
    .source = "Bedfordshire CCG, The Gunning Principles",
    .meets = "If `consultation.opened` is given: it is before `proposal.board_date`, no activity at stage `delivery` is dated on or before it, and no entry in `origin.prior_commitments` of kind `solution` is dated on or before it.",
    .example = COPROD_EXAMPLE_ICB R"yaml(origin:
  prior_commitments:
    - what: The capital budget is capped at the current ward's running cost.
      date: 2025-09-01
      kind: constraint
consultation:
  opened: 2026-01-12
  closed: 2026-04-06
)yaml",
    .check = check_legal_gunning_formative,
};

}  // namespace coprod::rules
