#include <fmt/format.h>

#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.assurance, "assurance"}})) return;
  const Text& ownership = p.assurance->ownership;
  if (!ownership.given()) {
    out.report(ownership.at, "assurance.ownership",
               "the proposal does not say who owns co-production at board level: the aim is "
               "ownership by the full board (`ownership: full-board`)");
  } else if (*ownership != "full-board") {
    const std::string_view owner = *ownership == "committee" ? "a committee" : "a single director";
    out.report(ownership.at, "assurance.ownership",
               fmt::format("co-production is owned by {}, not the full board: the aim is to go "
                           "beyond one responsible director to full board ownership",
                           owner));
  }
}

}  // namespace

extern const Rule assurance_board_ownership{
    .id = "assurance-board-ownership",
    .item = Item::assurance,
    .severity = Severity::warning,
    .title = "The full board owns co-production",
    .quote = "Going beyond one formally responsible director to full board ownership",
    .source = "Strong leadership and culture change",
    .meets = "`assurance.ownership` is `full-board`.",
    .example = R"(assurance:
  ownership: full-board
)",
    .check = check,
};

}  // namespace coprod::rules
