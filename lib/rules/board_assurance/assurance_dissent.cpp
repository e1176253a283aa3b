#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_assurance_dissent(const Proposal& p, Reporter& out) {
  // Never "not applicable": without the section, assurance-satisfied reports.
  if (!p.assurance.given() || !p.assurance->dissent.given()) return;
  const Terms& terms = out.terms();
  const std::vector<Dissent>& dissent = items(p.assurance->dissent);
  for (std::size_t i = 0; i < dissent.size(); ++i) {
    const Dissent& d = dissent[i];
    if (d.resolved.given() && *d.resolved) continue;
    const Group* g = d.group.given() ? terms.group(*d.group) : nullptr;
    const std::string who = g != nullptr ? named(*g) : std::string("a group");
    out.report(d, fmt::format("{} is not satisfied with the process followed: \"{}\"", who,
                           d.about.given() ? *d.about : std::string()),
               "Do not proceed until the group agrees its concern is resolved (`resolved: "
               "true`); be prepared to start again.");
  }
}

}  // namespace

extern const Rule assurance_dissent{
    .id = "assurance-dissent",
    .item = &board::assurance,
    .severity = Severity::blocking,
    .title = "No group that took part is left dissatisfied with the process",
    .quote = "If not satisfied with the process followed do not proceed – the outcome will not give the improvement needed! Be prepared to start again.",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "Every entry in `assurance.dissent` has `resolved: true`: the group agrees its concern about the process was resolved. It cannot be waived or marked not applicable.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
      communities: [core20, ethnic-minorities]
      paid: true
assurance:
  satisfied: true
  dissent:
    - group: peer-group
      about: The first sessions were held in working hours.
      response: Evening sessions were added, and the group chose their times.
      resolved: true
)yaml",
    .check = check_assurance_dissent,
};

}  // namespace coprod::rules
