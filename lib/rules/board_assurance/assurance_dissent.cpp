#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "rules/board_assurance/common.h"
#include "rules/reading.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// Whether `group` signed the assurance statement off: its own word.
bool signed_off(const Proposal& p, const Group& group) {
  if (!p.assurance.given()) return false;
  for (const Text& s : items(p.assurance->signed_off_by))
    if (s.given() && group.id.given() && *s == *group.id) return true;
  return false;
}

// Whether a group's dissent is recorded: an entry of its own in `dissent`.
bool recorded(const Proposal& p, const Group& group) {
  if (!p.assurance.given()) return false;
  for (const Dissent& d : items(p.assurance->dissent))
    if (d.group.given() && group.id.given() && *d.group == *group.id) return true;
  return false;
}

// A group's disagreement with the process that the evidence or the
// proposal's own text records and `dissent` does not: it stops the proposal
// as a recorded dissent does, until the group's own word settles it. What
// some members said, not the group, is assurance-concerns-answered's.
void check_unrecorded_dissent(const Proposal& p, Reporter& out) {
  // A proposal that says those who took part are not satisfied has already
  // said it: assurance-satisfied stops it.
  if (p.assurance.given() && p.assurance->satisfied.given() && !*p.assurance->satisfied) return;
  const Reading& reading = out.reading();
  for (const Found* f : reading.of(evidence::Kind::process_dissent)) {
    if (f->individuals) continue;
    const bool all_recorded =
        !f->groups.empty() && std::all_of(f->groups.begin(), f->groups.end(),
                                          [&](const Group* g) { return recorded(p, *g); });
    if (all_recorded) continue;
    const std::string where = f->statement.where();
    const std::string message =
        fmt::format("{} records that {} disagrees with the process: \"{}\" ({}); the proposal "
                    "records no dissent",
                    Reading::found_in(*f),
                    Reading::who(*f), f->statement.sentence, where);
    const std::string guidance =
        "Record the group's dissent under `assurance.dissent`, in its own words. If the group "
        "agrees the sentence does not mean that, add it to `reconciliations` with `confirmed_by` "
        "the group, which signs the statement off (`assurance.signed_off_by`) or a file it signed "
        "(`evidence`).";
    std::optional<AppliedWaiver> settled;
    if (const Reconciliation* r = reading.reconciliation(*f)) {
      const Group* g = r->confirmed_by.given() ? out.terms().group(*r->confirmed_by) : nullptr;
      const bool its_group = g != nullptr && (f->groups.empty() ||
                                              std::find(f->groups.begin(), f->groups.end(), g) !=
                                                  f->groups.end());
      const bool own_word = its_group && (signed_off(p, *g) || r->evidence.given());
      if (own_word)
        settled = AppliedWaiver{*r->means, fmt::format("{}, in its own word", named(*g)), {}, {},
                                true};
    }
    out.report_text(f->at, f->path, message, guidance, std::move(settled));
  }
}

void check_assurance_dissent(const Proposal& p, Reporter& out) {
  // Never "not applicable": without the section, assurance-satisfied reports.
  check_unrecorded_dissent(p, out);
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
    .meets = "Every entry in `assurance.dissent` has `resolved: true`: the group agrees its concern about the process was resolved; and no group's disagreement with the process is recorded in the evidence or the proposal's own text without an entry of its own in `assurance.dissent` (or a reconciliation the group itself confirmed). It cannot be waived or marked not applicable.",
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
