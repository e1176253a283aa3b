#include <string>
#include <string_view>

#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/example_header.h"
#include "rules/legal_duties/common.h"
#include "rules/legal_duties/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// The section of the NHS Act 2006 that puts a duty to involve on each body.
std::string_view section_for(Body body) {
  switch (body) {
    case Body::icb: return "section 14Z45";
    case Body::trust: return "section 242";
    case Body::nhs_england: return "section 13Q";
    default: return "";
  }
}

// The groups whose taking part shows people were involved: a community
// voice, members of the public, Healthwatch or the voluntary sector.
bool involves_the_public(const Group& g) {
  if (Terms::community_voice(g) || Terms::community_partner(g)) return true;
  return g.kind.is(GroupKind::public_);
}

constexpr std::string_view kWho =
    "people who use services, carers, community members, members of the public, Healthwatch or "
    "voluntary or community organisations";

void check_legal_duty_to_involve(const Proposal& p, Reporter& out) {
  const Field<Body>& body = p.proposal.body;
  if (!body.given()) return out.not_given(body, "deciding body");
  const std::string_view section = section_for(*body);
  if (section.empty())
    return out.not_applicable(body, fmt::format("the deciding body is {} ({}), which none of the NHS duties to "
                    "involve checked here covers",
                    vocab::phrase(*body), out.path(body)));
  if (involvement_marked_not_applicable(p, out, kWho)) return;
  const Terms& terms = out.terms();
  for (const Group* g : terms.groups_that_took_part())
    if (involves_the_public(*g)) return;
  bool planned = false;
  for (const Activity& a : terms.activities()) {
    if (terms.done(a)) continue;
    for (const Text& id : items(a.groups))
      if (const Group* g = id.given() ? terms.group(*id) : nullptr)
        planned = planned || involves_the_public(*g);
  }
  out.report(p.how->activities, fmt::format("the record does not show involvement under {} of the NHS Act 2006, the "
                         "duty to involve of {}: it shows no {} taking part before the board "
                         "decides{}",
                         section, vocab::phrase(*body), kWho,
                         planned ? ", only in activities not yet held" : ""),
             "Record, in `how.activities`, the involvement that took place before the board date, "
             "naming in its `groups` a `lived-experience`, `carers`, `community`, `public`, "
             "`healthwatch` or `vcse` group.");
}

}  // namespace

extern const Rule legal_duty_to_involve{
    .id = "legal-duty-to-involve",
    .item = &legal::duty,
    .severity = Severity::blocking,
    .title = "People were involved, as the deciding body's duty to involve asks",
    .quote = "and their carers and representatives, are involved (whether by being consulted or provided with information or in other ways)",
    .source = "NHS Act 2006 s.14Z45(2), as quoted in Hertfordshire and West Essex ICB constitution §9.1.1",
    .meets = "When the deciding body (`proposal.body`) is an integrated care board (`icb`, NHS Act 2006 s.14Z45), an NHS trust or foundation trust (`trust`, s.242: \"users of those services, whether directly or through representatives, are involved\") or NHS England (`nhs-england`, s.13Q: \"requires the NHS Commissioning Board to make arrangements to secure public involvement and consultation\", HSCA 2012 explanatory notes ¶226): a `lived-experience`, `carers`, `community`, `public`, `healthwatch` or `vcse` group took part in an activity dated on or before the board date. Not applicable to other bodies.",
    .example = COPROD_EXAMPLE_ICB R"yaml(who:
  groups:
    - id: stroke-survivors
      name: Stroke survivors and carers forum
      kind: lived-experience
      paid: true
how:
  activities:
    - id: design-workshops
      title: Designing the community hubs with stroke survivors
      method: co-design-group
      stage: design
      level: co-design
      date: 2025-11-04
      groups: [stroke-survivors]
      evidence: https://example.org/reports/design-workshops
)yaml",
    .check = check_legal_duty_to_involve,
};

}  // namespace coprod::rules
