#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.evaluation, "evaluation"}})) return;
  const Evaluation& e = *p.evaluation;
  if (e.method.given() && e.findings.given()) return;
  const bool neither = !e.method.given() && !e.findings.given();
  const Text& missing = e.method.given() ? e.findings : e.method;
  out.report(neither ? p.evaluation.at : missing.at,
             neither ? "evaluation" : e.method.given() ? "evaluation.findings" : "evaluation.method",
             neither ? "the proposal does not say how the co-production process was evaluated, "
                       "nor what the evaluation found"
             : e.method.given()
                 ? "the proposal does not say what the evaluation of the co-production process found"
                 : "the proposal does not say how the co-production process was evaluated",
             "Describe the evaluation under `evaluation.method`, and what it found under "
             "`evaluation.findings`.");
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
    .example = R"yaml(coprod: 1
proposal:
  title: Community diabetes clinics
  organisation: An NHS trust
  lead: Director of Nursing
  board_date: 2026-03-12
  decision: Approve the community diabetes clinics.
evaluation:
  method: Reflective sessions with participants and an independent review.
  by: independent
  findings: Participants felt listened to; sessions were too short for some.
)yaml",
    .check = check,
};

}  // namespace coprod::rules
