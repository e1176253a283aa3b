#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_outcomes_measures(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.outcomes, p.outcomes->measures}))
    return;
  const std::vector<Measure>& measures = items(p.outcomes->measures);
  if (measures.empty()) {
    out.report(p.outcomes->measures, "the proposal does not say how the change will be measured",
               "Add at least one measure to `outcomes.measures`, with a `name` and a `domain`.");
    return;
  }
  for (const Measure& measure : measures)
    if (measure.name.given()) return;
  // Entries without a name measure nothing a board can follow.
  for (std::size_t i = 0; i < measures.size(); ++i)
    out.report(measures[i].name, "this measure does not say what is measured", "Give it a `name`.");
}

}  // namespace

extern const Rule outcomes_measures{
    .id = "outcomes-measures",
    .item = &board::outcomes,
    .severity = Severity::warning,
    .title = "The change will be measured",
    .quote = "Ensure a focus on real life outcomes, that also includes the experiences and "
             "ambitions of community members and volunteers, rather than on mechanisms and "
             "process.",
    .source = "Core20PLUS Connectors: Design principles",
    .meets = "`outcomes.measures` lists at least one measure with a `name`.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(outcomes:
  measures:
    - name: Would recommend to others
      domain: experience
      baseline: 71%
      target: 90%
)yaml",
    .check = check_outcomes_measures,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
