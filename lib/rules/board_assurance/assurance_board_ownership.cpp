#include <fmt/format.h>

#include "rules/rule.h"

namespace coprod::rules {
namespace {

std::string owner(std::string_view ownership) {
  if (ownership == "committee") return "a committee";
  if (ownership == "single-director") return "a single director";
  return fmt::format("`{}`", ownership);
}

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.assurance, "assurance"}})) return;
  const Text& ownership = p.assurance->ownership;
  if (!ownership.given()) {
    out.report(ownership.at, "assurance.ownership",
               "the proposal does not say who owns co-production at board level: the aim is "
               "ownership by the full board (`ownership: full-board`)");
  } else if (*ownership != "full-board") {
    out.report(ownership.at, "assurance.ownership",
               fmt::format("co-production is owned by {}, not the full board: the aim is to go "
                           "beyond one responsible director to full board ownership",
                           owner(*ownership)));
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
