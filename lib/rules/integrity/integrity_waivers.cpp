#include <fmt/format.h>

#include "core/suggest.h"
#include "rules/board_assurance/common.h"
#include "rules/example_header.h"
#include "rules/framework.h"
#include "rules/registry.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// A waiver's reason, approver and expiry are required by the format, so the
// loader has already reported any that is missing.
void check_integrity_waivers(const Proposal& p, Reporter& out) {
  const std::vector<Waiver>& waivers = items(p.waivers);
  for (std::size_t i = 0; i < waivers.size(); ++i) {
    const Waiver& waiver = waivers[i];
    if (waiver.rule.given() && find_rule(*waiver.rule) == nullptr)
      out.report(waiver.rule, fmt::format("this waiver names `{}`, which is not a coprod rule, so it waives "
                             "nothing{}",
                             *waiver.rule, did_you_mean(*waiver.rule, rule_ids())));
    if (waiver.expires.given() && !waiver.in_date(out.context().today))
      out.report(waiver.expires, fmt::format("this waiver expired on {}, so it no longer applies: meet the rule, "
                             "or ask the board to renew the waiver",
                             waiver.expires->iso()));
  }
}

}  // namespace

extern const Rule integrity_waivers{
    .id = "integrity-waivers",
    .item = &kIntegrity,
    .severity = Severity::warning,
    .title = "Every waiver names a rule and is still in date",
    .quote = "Risk taking – learning organisation",
    .source = "Board steps for real co-production – setting the conditions and culture",
    .meets = "Every entry in `waivers` names a rule coprod knows, gives a reason and an "
             "approver, and expires today or later.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(waivers:
  - rule: outcomes-measures
    reason: Measures are being agreed with the commissioner and come to the June board.
    approved_by: Trust Board
    expires: 2026-06-30
)yaml",
    .check = check_integrity_waivers,
};

}  // namespace coprod::rules
