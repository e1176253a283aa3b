#include <fmt/format.h>

#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// An urgent, temporary decision for people's safety is taken before anyone
// can be involved. The board can approve it as temporary, on the condition
// that it comes back with the involvement that follows; it cannot assure
// co-production that has not happened.
void check_assurance_urgent_decision(const Proposal& p, Reporter& out) {
  if (!p.proposal.urgency.given()) return;
  const Terms& terms = out.terms();
  if (const auto& judged = terms.judged(); judged && judged->urgent) {
    out.report(p.proposal.urgency,
               fmt::format("this is an urgent, temporary decision until {}: it is approved as "
                           "temporary, not assured, and comes back to the board with the "
                           "involvement that follows",
                           long_date(*p.proposal.urgency->ends)),
               "Bring the decision back to the board by its end date, with the involvement "
               "that followed recorded as activities.");
    return;
  }
  out.report(p.proposal.urgency,
             fmt::format("the proposal says the decision is urgent and temporary, but not {}",
                         terms.urgency_incomplete()),
             "Give `reason`, `ends`, `involvement_to_follow` and `approved_by` under "
             "`proposal.urgency`.");
}

}  // namespace

extern const Rule assurance_urgent_decision{
    .id = "assurance-urgent-decision",
    .item = &board::assurance,
    .severity = Severity::warning,
    .title = "An urgent, temporary decision comes back to the board with the involvement that follows",
    .quote = "If not satisfied with the process followed do not proceed – the outcome will not give the improvement needed! Be prepared to start again.",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "Never met: a proposal with `proposal.urgency` is at best approved with conditions, never assured, and this finding cannot be waived. With its `reason`, `ends`, `involvement_to_follow` and `approved_by` given, the checklist asks only what can be asked before the involvement (the rules asked at every level); without them, the whole checklist applies.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
)yaml",
    .check = check_assurance_urgent_decision,
};

}  // namespace coprod::rules
