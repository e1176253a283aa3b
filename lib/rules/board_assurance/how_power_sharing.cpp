#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_how_power_sharing(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.how})) return;
  if (p.how->power_sharing.given()) return;
  out.report(p.how->power_sharing, "the proposal does not say how decision-making power was shared with the people "
             "who took part",
             "Describe it under `how.power_sharing`: seats and votes on the programme board, "
             "co-chairs, a veto.");
}

}  // namespace

extern const Rule how_power_sharing{
    .id = "how-power-sharing",
    .item = &board::how,
    .severity = Severity::warning,
    .title = "Decision-making power was shared",
    .quote = "Change power structures & relationships",
    .source = "Co-production: the practical approach",
    .meets = "`how.power_sharing` says how decision-making power was shared, as a partnership "
             "of equals: seats and votes on the programme board, co-chairs, a veto.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(how:
  power_sharing: Two lived experience co-chairs hold votes on the programme board.
)yaml",
    .check = check_how_power_sharing,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
