#include <fmt/format.h>

#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_assurance_full_board(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.assurance})) return;
  const Field<Ownership>& ownership = p.assurance->ownership;
  // Without it, or with a single director, assurance-board-ownership says so.
  if (!ownership.is(Ownership::committee)) return;
  out.report(ownership, "co-production is owned by a committee, not yet by the full board",
             "When the full board owns it, write `ownership: full-board`.");
}

}  // namespace

extern const Rule assurance_full_board{
    .id = "assurance-full-board",
    .item = &board::assurance,
    .severity = Severity::advice,
    .title = "The full board owns co-production",
    .quote = "Going beyond one formally responsible director to full board ownership",
    .source = "Strong leadership and culture change",
    .meets = "`assurance.ownership` is `full-board`.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(assurance:
  satisfied: true
  ownership: full-board
)yaml",
    .check = check_assurance_full_board,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
