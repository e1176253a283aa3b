#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_outcomes_inequalities(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.outcomes})) return;
  if (p.outcomes->inequalities.given()) return;
  out.report(p.outcomes->inequalities, "the proposal does not say what the change will do to health inequalities",
             "Describe it under `outcomes.inequalities`.");
}

}  // namespace

extern const Rule outcomes_inequalities{
    .id = "outcomes-inequalities",
    .item = &board::outcomes,
    .severity = Severity::warning,
    .title = "The effect on health inequalities is stated",
    .quote = "Why use co-production to take action on health inequality?",
    .source = "Co-production – the practical approach: Role of Board members in co-production",
    .meets = "`outcomes.inequalities` says what the change will do to health inequalities.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(outcomes:
  inequalities: Sites and outreach are placed in the most deprived 20% of neighbourhoods.
)yaml",
    .check = check_outcomes_inequalities,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
