#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_continuation_implementation(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.continuation})) return;
  if (p.continuation->implementation.given()) return;
  out.report(p.continuation->implementation, "the proposal does not say how co-production will continue while the change is "
             "implemented",
             "Describe it under `continuation.implementation`.");
}

}  // namespace

extern const Rule continuation_implementation{
    .id = "continuation-implementation",
    .item = &board::continuation,
    .severity = Severity::blocking,
    .title = "Co-production continues into implementation",
    .quote = "How will co-production continue to be used in implementation and evaluation of "
             "the change?",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "`continuation.implementation` says how people stay involved while the change is "
             "implemented.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(continuation:
  implementation: The lived experience panel meets monthly with the site manager.
)yaml",
    .check = check_continuation_implementation,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
