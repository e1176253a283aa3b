#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/example_header.h"
#include "rules/nhse_principles/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// coprod's reading of "community development approaches": methods in which
// communities research, build on what is strong, or set the agenda themselves.
bool community_development(const Activity& a) {
  return a.method.is(Method::peer_research) || a.method.is(Method::appreciative_inquiry) ||
         a.method.is(Method::open_space);
}

bool with_community_organisation(const Terms& terms, const Activity& a) {
  for (const Text& id : items(a.groups)) {
    const Group* g = id.given() ? terms.group(*id) : nullptr;
    if (g != nullptr && (g->kind.is(GroupKind::community) || g->kind.is(GroupKind::vcse)))
      return true;
  }
  return false;
}

void check_community_development(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;
  const Terms& terms = out.terms();
  const Activity* planned = nullptr;
  for (const Activity& a : terms.activities()) {
    if (!community_development(a) || !with_community_organisation(terms, a)) continue;
    if (terms.done(a)) return;
    if (planned == nullptr) planned = &a;
  }
  std::string message =
      "no community group or local voluntary or community organisation took part in peer "
      "research, appreciative inquiry or open space before the board";
  const Located* where = &p.how->activities;
  if (planned != nullptr) {
    message += fmt::format("; {} is {} and counts once it has happened", named(*planned),
                           Terms::kNotYetHeld);
    where = &planned->date;
  }
  out.report(*where, std::move(message),
             "Record an activity with method `peer-research`, `appreciative-inquiry` or "
             "`open-space`, dated on or before the board date, with a `community` or `vcse` group "
             "in its `groups`.");
}

}  // namespace

extern const Rule nhse_community_development{
    .id = "nhse-community-development",
    .item = &nhse::co_production,
    .severity = Severity::advice,
    .title = "Community development approaches that empower people",
    .quote = "Use community development approaches that empower people and communities",
    .source = "NHS Cheshire and Merseyside, Involving People and Communities, adopting NHS England's principle 7",
    .meets = "A `community` or `vcse` group took part in a `peer-research`, `appreciative-inquiry` or `open-space` activity dated on or before the board date (coprod's reading of community development approaches).",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: tenants
      name: Northwood Tenants and Residents Association
      kind: community
how:
  activities:
    - id: peer-interviews
      title: Residents interview their neighbours about diabetes care
      method: peer-research
      stage: problem-definition
      level: co-design
      date: 2025-10-02
      groups: [tenants]
)yaml",
    .check = check_community_development,
};

}  // namespace coprod::rules
