#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_continuation_evaluation(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.continuation})) return;
  if (p.continuation->evaluation.given()) return;
  out.report(p.continuation->evaluation, "the proposal does not say how people will stay involved in evaluating the change",
             "Describe it under `continuation.evaluation`.");
}

}  // namespace

extern const Rule continuation_evaluation{
    .id = "continuation-evaluation",
    .item = &board::continuation,
    .severity = Severity::blocking,
    .title = "Co-production continues into evaluating the change",
    .quote = "Co-designed, co-delivered and co-evaluated service.",
    .source = "The Life Rooms: Overview – what we did",
    .meets = "`continuation.evaluation` says how people stay involved in evaluating the change.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(continuation:
  evaluation: Panel members co-design the survey and co-present results to the board at six months.
)yaml",
    .check = check_continuation_evaluation,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
