#include <fmt/format.h>

#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_evaluation_process(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.evaluation})) return;
  const Evaluation& e = *p.evaluation;
  const std::string guidance =
      "Describe the evaluation under `evaluation.method`, and what it found under "
      "`evaluation.findings`.";
  const std::string_view how = "how the co-production process was evaluated";
  const std::string_view found = "what the evaluation of the co-production process found";
  // One finding, naming whichever is missing, where it is missing.
  if (!e.method.given() && !e.findings.given())
    out.report(p.evaluation, fmt::format("the proposal does not say {}, nor what the evaluation found", how),
               guidance);
  else if (!e.method.given())
    out.report(e.method, fmt::format("the proposal does not say {}", how), guidance);
  else if (!e.findings.given())
    out.report(e.findings, fmt::format("the proposal does not say {}", found), guidance);
}

}  // namespace

extern const Rule evaluation_process{
    .id = "evaluation-process",
    .item = &board::evaluation,
    .severity = Severity::blocking,
    .title = "The co-production process was evaluated",
    .quote = "Evaluation of the co-production process used – how can it be improved next time?",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "`evaluation.method` says how the co-production process was evaluated and "
             "`evaluation.findings` what it found.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(evaluation:
  method: Reflective sessions with participants and an independent review.
  by: independent
  findings: Participants felt listened to; sessions were too short for some.
)yaml",
    .check = check_evaluation_process,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
