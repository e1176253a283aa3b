#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_evaluation_improvements(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.evaluation,
                          p.evaluation->improvements}))
    return;
  for (const Text& improvement : items(p.evaluation->improvements))
    if (improvement.given()) return;
  out.report(p.evaluation->improvements, "the proposal does not say how the co-production process could be improved next "
             "time",
             "List at least one improvement under `evaluation.improvements`.");
}

}  // namespace

extern const Rule evaluation_improvements{
    .id = "evaluation-improvements",
    .item = &board::evaluation,
    .severity = Severity::warning,
    .title = "Lessons for next time are drawn",
    .quote = "how can it be improved next time?",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "`evaluation.improvements` lists at least one way the co-production process can be "
             "improved next time.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(evaluation:
  improvements:
    - Book longer sessions and offer travel costs in advance.
)yaml",
    .check = check_evaluation_improvements,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
