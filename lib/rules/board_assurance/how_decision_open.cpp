#include <optional>

#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_how_decision_open(const Proposal& p, Reporter& out) {
  // Commitments marked not applicable ("Nothing had been decided") leave the decision open.
  if (out.not_applicable({p.origin})) return;
  const Terms& terms = out.terms();
  std::optional<Date> first;
  for (const Activity* a : terms.done_activities())
    if (terms.co_produced(*a) && (!first || *a->date < *first)) first = *a->date;
  const auto& commitments = items(p.origin->prior_commitments);
  for (std::size_t i = 0; i < commitments.size(); ++i) {
    const Commitment& c = commitments[i];
    if (!c.kind.is(CommitmentKind::solution) || !c.date.given() || !c.what.given()) continue;
    if (first && *first < *c.date) continue;
    out.report(c, first ? fmt::format("the solution was chosen before anything was co-produced: "
                                   "\"{}\" on {}, and the first co-produced activity was on {}",
                                   *c.what, c.date->iso(), first->iso())
                     : fmt::format("the solution was chosen (\"{}\", on {}) and nothing was "
                                   "co-produced before the board",
                                   *c.what, c.date->iso()),
               "Involving people after the solution is chosen is consultation on a decided plan: "
               "reopen the decision with them, or present the proposal to the board as what it "
               "is.");
  }
}

}  // namespace

extern const Rule how_decision_open{
    .id = "how-decision-open",
    .item = &board::how,
    .severity = Severity::blocking,
    .title = "The solution was still open when people were involved",
    .quote = "No preconceived ideas or solutions",
    .source = "An 'Open Space' approach to community engagement and co-production",
    .meets = "No entry in `origin.prior_commitments` of kind `solution` (the service model, supplier, site or design already chosen) is dated on or before the first co-produced activity; with no co-produced activity, no such entry at all. A `constraint` (a budget, a national mandate) limits the options but leaves the solution open.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(origin:
  prior_commitments:
    - what: The budget is capped at the current clinic spend.
      date: 2025-06-01
      kind: constraint
    - what: The clinic model chosen with the peer group.
      date: 2025-11-20
      kind: solution
who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
      communities: [core20, ethnic-minorities]
      paid: true
how:
  activities:
    - id: story-sessions
      title: Storytelling sessions on living with diabetes
      method: storytelling
      stage: problem-definition
      level: co-design
      date: 2025-10-02
      groups: [peer-group]
      evidence: https://example.org/reports/story-sessions
)yaml",
    .check = check_how_decision_open,
};

}  // namespace coprod::rules
