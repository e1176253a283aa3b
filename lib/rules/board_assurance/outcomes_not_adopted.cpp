#include <fmt/format.h>

#include <optional>
#include <string>

#include "rules/board_assurance/common.h"
#include "rules/reading.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// What the proposal records of opposition to the outcome: the groups'
// `outcome_dissent` and what was heard and not taken up.
std::string recorded_opposition(const Proposal& p) {
  std::string out;
  if (p.assurance.given())
    for (const OutcomeDissent& d : items(p.assurance->outcome_dissent))
      for (const Text* t : {&d.about, &d.response})
        if (t->given()) out += **t + "\n";
  if (p.outcomes.given())
    for (const NotAdopted& n : items(p.outcomes->not_adopted))
      for (const Text* t : {&n.heard, &n.reason})
        if (t->given()) out += **t + "\n";
  return out;
}

// Opposition to the outcome from people who accept the process: it does not
// stop a proposal, but the board should see it, in the group's words.
void check_outcome_opposition(const Proposal& p, Reporter& out) {
  const Reading& reading = out.reading();
  const std::string recorded = recorded_opposition(p);
  const bool any_recorded = p.assurance.given() && !items(p.assurance->outcome_dissent).empty();
  for (const Found* f : reading.of(evidence::Kind::outcome_dissent)) {
    if (any_recorded || Reading::echoed(*f, recorded)) continue;
    std::optional<AppliedWaiver> settled = reading.agreed(*f);
    out.report_text(
        f->at, f->path,
        fmt::format("{} records opposition to the outcome: \"{}\" ({}); the proposal does not "
                    "show it to the board",
                    Reading::found_in(*f),
                    f->statement.sentence, f->statement.where()),
        "Record it under `assurance.outcome_dissent` (the group, what it opposes, and the "
        "response), or under `outcomes.not_adopted` with the reason.",
        std::move(settled));
  }
}

void check_outcomes_not_adopted(const Proposal& p, Reporter& out) {
  check_outcome_opposition(p, out);
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
             "`reason`; or is marked not applicable because everything was taken up. Opposition "
             "to the outcome that the evidence records is shown: under "
             "`assurance.outcome_dissent` or `outcomes.not_adopted`.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(outcomes:
  not_adopted:
    - heard: A site in the town centre.
      reason: No affordable lease; the chosen site is on three bus routes.
)yaml",
    .check = check_outcomes_not_adopted,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
