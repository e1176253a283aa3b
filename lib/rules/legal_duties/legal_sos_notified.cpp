#include <fmt/format.h>

#include "rules/example_header.h"
#include "rules/legal_duties/common.h"
#include "rules/legal_duties/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// Consultation begun before this day makes a reconfiguration not notifiable
// (SI 2024/15 reg. 3: "prior to 31st January 2024").
constexpr Date kNotifiableFrom{2024, 1, 31};

void check_legal_sos_notified(const Proposal& p, Reporter& out) {
  if (out.not_applicable({Need(p.scrutiny)})) return;
  const Scrutiny& s = *p.scrutiny;
  if (!s.substantial_variation.given())
    return out.not_given(s.substantial_variation, "answer to whether the change is a substantial variation of services");
  if (!*s.substantial_variation)
    return out.not_applicable(s.substantial_variation, "the proposal says the change is not a substantial development or "
                              "variation of services (scrutiny.substantial_variation: false)");
  const Field<Body>& body = p.proposal.body;
  if (!body.given()) return out.not_given(body, "deciding body");
  if (!body.is(Body::icb) && !body.is(Body::nhs_england))
    return out.not_applicable(body, fmt::format("the deciding body is {} ({}), not NHS England or an integrated "
                    "care board, which alone notify the Secretary of State",
                    vocab::phrase(*body), out.path(body)));
  if (s.consulted.given() && *s.consulted < kNotifiableFrom)
    return out.not_applicable(s.consulted, fmt::format("consultation with the overview and scrutiny committee began on {} "
                    "(scrutiny.consulted), before 31 January 2024, so the change is not one to "
                    "notify to the Secretary of State",
                    s.consulted->iso()));
  if (s.secretary_of_state_notified.given()) return;
  out.report(s.secretary_of_state_notified, "the record does not show that the Secretary of State was notified of this "
             "reconfiguration of services",
             "Give the date notice was sent (`scrutiny.secretary_of_state_notified`); its timing "
             "is not checked.");
}

}  // namespace

extern const Rule legal_sos_notified{
    .id = "legal-sos-notified",
    .item = &legal::scrutiny,
    .severity = Severity::warning,
    .title = "The Secretary of State was notified of the reconfiguration",
    .quote = "If an NHS commissioning body proposes a notifiable reconfiguration of NHS services it must notify the Secretary of State",
    .source = "NHS Act 2006 Sch. 10A para. 2(1), inserted by the Health and Care Act 2022 Sch. 6",
    .meets = "If `scrutiny.substantial_variation` is `true`, the deciding body (`proposal.body`) is `icb` or `nhs-england` (\"NHS England or an integrated care board\"), and consultation did not begin before 31 January 2024 (`scrutiny.consulted` absent or on or after 2024-01-31; SI 2024/15 reg. 3): `scrutiny.secretary_of_state_notified` is given. Its timing is not checked.",
    .example = COPROD_EXAMPLE_ICB R"yaml(scrutiny:
  substantial_variation: true
  consulted: 2026-01-20
  secretary_of_state_notified: 2026-01-22
)yaml",
    .check = check_legal_sos_notified,
};

}  // namespace coprod::rules
