#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_how_commitments_stated(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.origin})) return;
  const ListOf<Commitment>& commitments = p.origin->prior_commitments;
  // Here "not applicable" is the answer: nothing had been decided.
  if (commitments.not_applicable() || !items(commitments).empty()) return;
  out.report(commitments, "the proposal does not say what, if anything, had been decided before co-production "
             "began, so the board cannot see what was open",
             "List it under `origin.prior_commitments`, each with `what`, `date` and `kind` "
             "(`solution` or `constraint`), or write `prior_commitments: {not_applicable: "
             "\"Nothing had been decided.\"}`.");
}

}  // namespace

extern const Rule how_commitments_stated{
    .id = "how-commitments-stated",
    .item = &board::how,
    .severity = Severity::advice,
    .title = "What was already decided is stated, so the board can see what was open",
    .quote = "Board decision making process: expectations, clarity, methodology",
    .source = "Board steps for real co-production – setting the conditions and culture",
    .meets = "`origin.prior_commitments` lists what was decided or committed before co-production began (each with `what`, `date` and `kind`), or says `{not_applicable: \"Nothing had been decided.\"}`.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(origin:
  prior_commitments: {not_applicable: "Nothing had been decided."}
)yaml",
    .check = check_how_commitments_stated,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
