#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/example_header.h"
#include "rules/legal_duties/common.h"
#include "rules/legal_duties/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_legal_applicability(const Proposal& p, Reporter& out) {
  const Field<Body>& body = p.proposal.body;
  const bool scrutiny_known =
      p.scrutiny.not_applicable() || (p.scrutiny.given() && p.scrutiny->substantial_variation.given());
  if (body.given() && scrutiny_known) return;
  std::vector<std::string_view> unknown, keys;
  if (!body.given()) {
    unknown.push_back("which kind of body takes the decision");
    keys.push_back("`proposal.body` (icb, trust, nhs-england, local-authority or other)");
  }
  if (!scrutiny_known) {
    unknown.push_back("whether the proposal is a substantial change to services");
    keys.push_back("`scrutiny.substantial_variation` (true or false)");
  }
  // One finding, where the first missing answer belongs.
  const bool at_body = !body.given();
  const Located& where = at_body              ? static_cast<const Located&>(body)
                         : p.scrutiny.given() ? static_cast<const Located&>(p.scrutiny->substantial_variation)
                                              : static_cast<const Located&>(p.scrutiny);
  out.report(where,
             fmt::format("the record does not show {}, so it does not show which legal duties "
                         "apply to it",
                         fmt::join(unknown, ", nor ")),
             fmt::format("Give {}{}.", fmt::join(keys, " and "),
                         scrutiny_known ? ""
                                        : "; if overview and scrutiny has no part in this "
                                          "decision, mark `scrutiny` `{not_applicable: reason}`"));
}

}  // namespace

extern const Rule legal_applicability{
    .id = "legal-applicability",
    .item = &legal::duty,
    .severity = Severity::warning,
    .title = "The record says who decides and whether the change is substantial",
    .quote = "users of those services, whether directly or through representatives, are involved",
    .source = "NHS Act 2006 s.242(1B) (legislation.gov.uk, 2009 version)",
    .meets = "The proposal says which kind of body takes the decision (`proposal.body`: `icb`, `trust`, `nhs-england`, `local-authority` or `other`), which decides the duty to involve that applies, and whether the proposal is a substantial development or variation of services (`scrutiny.substantial_variation`: `true` or `false`), which decides whether the overview and scrutiny committee must be consulted. A `scrutiny` section marked `{not_applicable: reason}` answers the second.",
    .example = COPROD_EXAMPLE_ICB R"yaml(scrutiny:
  substantial_variation: true
  consulted: 2026-01-20
  secretary_of_state_notified: 2026-01-22
)yaml",
    .check = check_legal_applicability,
};

}  // namespace coprod::rules
