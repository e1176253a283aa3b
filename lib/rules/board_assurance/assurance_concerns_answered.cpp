#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/reading.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// What some members said against the process ("two said it was already
// decided"), in the evidence or the proposal's own text: not a group's
// dissent, which stops a proposal (assurance-dissent), but a concern the
// board expects to see answered.
void check_assurance_concerns_answered(const Proposal&, Reporter& out) {
  const Reading& reading = out.reading();
  for (const Found* f : reading.of(evidence::Kind::process_dissent)) {
    if (!f->individuals) continue;
    std::optional<AppliedWaiver> answered;
    if (const Reconciliation* r = reading.reconciliation(*f))
      if (r->approved_by.given() || r->confirmed_by.given())
        answered = AppliedWaiver{*r->means,
                                 r->approved_by.given() ? *r->approved_by : *r->confirmed_by, {},
                                 {}, true};
    out.report_text(
        f->at, f->path,
        fmt::format("{} records that some who took part felt the process fell short: \"{}\" "
                    "({}); the proposal does not say how that was answered",
                    Reading::found_in(*f),
                    f->statement.sentence, f->statement.where()),
        "Say what was done about it (under `evaluation.improvements`, or in a `reconciliations` "
        "entry with what the sentence means and who agreed it); if the group as a whole is not "
        "satisfied, record its dissent under `assurance.dissent`.",
        std::move(answered));
  }
}

}  // namespace

extern const Rule assurance_concerns_answered{
    .id = "assurance-concerns-answered",
    .item = &board::assurance,
    .severity = Severity::warning,
    .title = "Concerns some members raised about the process are answered",
    .quote = "If not satisfied with the process followed do not proceed – the outcome will not give the improvement needed! Be prepared to start again.",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "No sentence of the evidence or of the proposal's own text says that some who took part (\"some said\", \"two parents felt\") found the process fell short (the decision already made, views not heard) without a `reconciliations` entry saying what was done about it and who agreed it. A group's own disagreement is `assurance-dissent`'s.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(evaluation:
  method: A reflective session with the panel.
  findings: Two members said the model was already decided when they saw it; the panel reopened the design with them.
  improvements:
    - Bring the panel in before the first draft.
reconciliations:
  - says: Two members said the model was already decided when they saw it
    means: The panel reopened the design with the two members, who then chose the model.
    approved_by: Chair of the patient panel
)yaml",
    .check = check_assurance_concerns_answered,
};

}  // namespace coprod::rules
