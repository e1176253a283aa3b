#include <fmt/format.h>

#include <string>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/reading.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// What the evaluation of the process says, in one text.
std::string evaluation_text(const Proposal& p) {
  std::string out;
  if (!p.evaluation.given()) return out;
  const Evaluation& e = *p.evaluation;
  for (const Text* t : {&e.method, &e.findings})
    if (t->given()) out += **t + "\n";
  for (const Text& t : items(e.improvements))
    if (t.given()) out += *t + "\n";
  return out;
}

// Harm or strain in the process that the evidence records and the
// evaluation does not: a distressing session with no debrief, people
// stepping back, payments late. A process that hurt people is not assured
// by an evaluation that leaves it out.
void check_evaluation_harm(const Proposal& p, Reporter& out) {
  const Reading& reading = out.reading();
  // An evaluation marked not applicable answers for itself, unless the
  // evidence records harm it would have had to speak of.
  if (reading.of(evidence::Kind::harm).empty() && out.not_applicable({p.evaluation})) return;
  const std::string evaluation = evaluation_text(p);
  for (const Found* f : reading.of(evidence::Kind::harm)) {
    if (f->in_evaluation || Reading::echoed(*f, evaluation)) continue;
    std::optional<AppliedWaiver> settled = reading.agreed(*f);
    out.report_text(
        f->at, f->path,
        fmt::format("{} records harm or strain in the process: \"{}\" ({}); the evaluation of the "
                    "process does not mention it",
                    Reading::found_in(*f),
                    f->statement.sentence, f->statement.where()),
        "Say in `evaluation.findings` what happened and what was done, and under "
        "`evaluation.improvements` what will change; or, if the sentence does not mean that, add "
        "it to `reconciliations` with what it means and who agreed it.",
        std::move(settled));
  }
}

}  // namespace

extern const Rule evaluation_harm{
    .id = "evaluation-harm",
    .item = &board::evaluation,
    .severity = Severity::warning,
    .title = "Harm or strain in the process is in its evaluation",
    .quote = "Evaluation of the co-production process used – how can it be improved next time?",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "Every sentence of the evidence that records harm or strain in the process (distress, people dropping out, payments late) is answered in `evaluation` (its findings or improvements speak of it), or has a `reconciliations` entry saying what it means and who agreed it.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(evaluation:
  method: A reflective session with the panel after the design sessions.
  by: participants
  findings: One session on the crisis line left two members distressed, with no debrief; the panel now agrees the topics in advance.
  improvements:
    - A debrief after every session on a hard topic, with a peer worker on hand.
)yaml",
    .check = check_evaluation_harm,
};

}  // namespace coprod::rules
