#include <algorithm>

#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_outcomes_real_life(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.outcomes, p.outcomes->measures}))
    return;
  const std::vector<Measure>& measures = items(p.outcomes->measures);
  // With no measure at all, outcomes-measures says so.
  if (measures.empty()) return;
  if (std::any_of(measures.begin(), measures.end(), real_life)) return;
  out.report(p.outcomes->measures, "no measure is of people's experience or of outcomes in their lives: the board "
             "would see mechanisms and process, not real-life outcomes",
             "Add a measure with `domain: experience` or `domain: outcomes`, such as wellbeing, "
             "or whether people would recommend the service.");
}

}  // namespace

extern const Rule outcomes_real_life{
    .id = "outcomes-real-life",
    .item = &board::outcomes,
    .severity = Severity::warning,
    .title = "The change is measured in people's experience and real-life outcomes, not only access",
    .quote = "Ensure a focus on real life outcomes, that also includes the experiences and ambitions of community members and volunteers, rather than on mechanisms and process.",
    .source = "Core20PLUS Connectors: Design principles",
    .meets = "At least one measure in `outcomes.measures` has `domain: experience` or `domain: outcomes`.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(outcomes:
  measures:
    - name: Wellbeing (SWEMWBS), before and after
      domain: outcomes
      target: 60% of people show an improvement
)yaml",
    .check = check_outcomes_real_life,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
