#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_how_accessibility(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.how, p.how->accessibility})) return;
  if (!items(p.how->accessibility).empty()) return;
  out.report(p.how->accessibility, "the proposal does not say what was done to make taking part accessible",
             "List the adjustments under `how.accessibility`: interpreters, easy read, venues, "
             "timing.");
}

}  // namespace

extern const Rule how_accessibility{
    .id = "how-accessibility",
    .item = &board::how,
    .severity = Severity::advice,
    .title = "Taking part was made accessible",
    .quote = "Use community friendly venues in the community rather than bringing them to "
             "unfamiliar, professional environments.",
    .source = "Setting up the 'open space' session...",
    .meets = "`how.accessibility` lists at least one adjustment made so that people could take "
             "part: interpreters, easy read, community venues, evening sessions, childcare.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(how:
  accessibility: [interpreters, easy read, evening sessions, childcare]
)yaml",
    .check = check_how_accessibility,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
