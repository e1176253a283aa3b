#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {


void check_outcomes_not_adopted(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.outcomes, p.outcomes->not_adopted})) return;
  const std::vector<NotAdopted>& entries = items(p.outcomes->not_adopted);
  if (entries.empty()) {
    out.report(p.outcomes->not_adopted,
               "the proposal does not say what was heard and not taken up",
               "List it under `outcomes.not_adopted` with the reasons, or mark it not applicable "
               "if everything was taken up.");
    return;
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const NotAdopted& entry = entries[i];
    if (!entry.heard.given() && !entry.reason.given())
      out.report(entry, "this entry says neither what was heard nor why it was not taken up");
    else if (!entry.heard.given())
      out.report(entry.heard, "this entry does not say what was heard");
    else if (!entry.reason.given())
      out.report(entry.reason, "this entry does not say why it was not taken up", "Give its `reason`.");
  }
}

}  // namespace

extern const Rule outcomes_not_adopted{
    .id = "outcomes-not-adopted",
    .item = &board::outcomes,
    .severity = Severity::advice,
    .title = "What was not taken up is said, with reasons",
    .quote = "Open and honest relationships.",
    .source = "Board steps for real co-production – setting the conditions and culture",
    .meets = "`outcomes.not_adopted` lists what was heard and not taken up, each with the "
             "`reason`; or is marked not applicable because everything was taken up.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(outcomes:
  not_adopted:
    - heard: A site in the town centre.
      reason: No affordable lease; the chosen site is on three bus routes.
)yaml",
    .check = check_outcomes_not_adopted,
};

}  // namespace coprod::rules
