#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/example_header.h"
#include "rules/nhse_principles/common.h"
#include "rules/nhse_principles/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_healthwatch_vcse_partners(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;
  std::vector<const Group*> took_part;  // Healthwatch or VCSE, not shown as partners
  for (const Group* g : out.terms().groups_that_took_part()) {
    if (!Terms::community_partner(*g)) continue;
    if (nhse::has_role(*g, Role::partner)) return;
    took_part.push_back(g);
  }
  const std::string guidance =
      "Give `partner` in the `roles` of a `healthwatch` or `vcse` group that co-leads the work, "
      "and name it in an activity dated on or before the board date.";
  if (took_part.empty()) {
    out.report(p.who->groups, "no group that took part is described as Healthwatch or as a local voluntary or "
               "community organisation, so none is shown working as a key partner",
               guidance);
    return;
  }
  const Group& first = *took_part.front();
  out.report(first.roles,
             fmt::format("{} took part, but the proposal does not show {} co-leading the work as "
                         "a partner",
                         names_of(took_part),
                         took_part.size() == 1   ? "it"
                         : took_part.size() == 2 ? "either of them"
                                                 : "any of them"),
             guidance);
}

}  // namespace

extern const Rule nhse_healthwatch_vcse_partners{
    .id = "nhse-healthwatch-vcse-partners",
    .item = &nhse::communities,
    .severity = Severity::warning,
    .title = "Healthwatch or local voluntary and community organisations are partners",
    .quote = "work with Healthwatch and the voluntary, community and social enterprise sector (VCSE) as key partners",
    .source = "Hertfordshire and West Essex ICB constitution §9.1.3, adopting NHS England's principle 5",
    .meets = "A `healthwatch` or `vcse` group took part in an activity dated on or before the board date and has `partner` in its `roles`.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: healthwatch
      name: Healthwatch Knowsley
      kind: healthwatch
      roles: [partner]
how:
  activities:
    - id: listening-events
      title: Listening events on diabetes care
      method: world-cafe
      stage: problem-definition
      level: engagement
      date: 2025-10-02
      groups: [healthwatch]
)yaml",
    .check = check_healthwatch_vcse_partners,
};

}  // namespace coprod::rules
