#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.evaluation, "evaluation"}})) return;
  if (!p.evaluation->method.given())
    out.report(p.evaluation->method.at, "evaluation.method",
               "the proposal does not say how the co-production process was evaluated: add "
               "`evaluation.method`");
  if (!p.evaluation->findings.given())
    out.report(p.evaluation->findings.at, "evaluation.findings",
               "the proposal does not say what the evaluation of the co-production process "
               "found: add `evaluation.findings`");
}

}  // namespace

extern const Rule evaluation_process{
    .id = "evaluation-process",
    .item = Item::evaluation,
    .severity = Severity::blocking,
    .title = "The co-production process was evaluated",
    .quote = "Evaluation of the co-production process used – how can it be improved next time?",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "`evaluation.method` says how the co-production process was evaluated and "
             "`evaluation.findings` what it found.",
    .example = R"(evaluation:
  method: Reflective sessions with participants and an independent review.
  by: independent
  findings: Participants felt listened to; sessions were too short for some.
)",
    .check = check,
};

}  // namespace coprod::rules
