#include <fmt/format.h>

#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_assurance_board_ownership(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.assurance})) return;
  const Field<Ownership>& ownership = p.assurance->ownership;
  const std::string guidance =
      "Set `assurance.ownership` to `committee` (a board committee) or `full-board`.";
  if (!ownership.given())
    out.report(ownership, "the proposal does not say who owns co-production at board level", guidance);
  else if (ownership.is(Ownership::single_director))
    out.report(ownership, "co-production is owned by a single director, not yet by a committee or the "
               "full board",
               guidance);
}

}  // namespace

extern const Rule assurance_board_ownership{
    .id = "assurance-board-ownership",
    .item = &board::assurance,
    .severity = Severity::warning,
    .title = "More than one director owns co-production: a committee or the full board",
    .quote = "Going beyond one formally responsible director to full board ownership",
    .source = "Strong leadership and culture change",
    .meets = "`assurance.ownership` is `committee` or `full-board`: more than one formally responsible director.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(assurance:
  satisfied: true
  ownership: committee
)yaml",
    .check = check_assurance_board_ownership,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
