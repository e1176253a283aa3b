#include <optional>

#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/reading.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// The first day anyone outside the organisation was asked: an activity held
// with people who use services, carers, community members, the public,
// Healthwatch or the voluntary sector.
std::optional<Date> first_involvement(const Terms& terms) {
  std::optional<Date> first;
  for (const Activity* a : terms.done_activities()) {
    bool outside = false;
    for (const Text& id : items(a->groups))
      if (const Group* g = id.given() ? terms.group(*id) : nullptr)
        outside = outside || Terms::community_voice(*g) || Terms::community_partner(*g) ||
                  g->kind.is(GroupKind::public_);
    if (outside && (!first || *a->date < *first)) first = *a->date;
  }
  return first;
}

// Whether the record already shows a solution chosen on or before `day`: the
// board sees it under this rule's other finding.
bool solution_recorded(const Proposal& p, const Date& day) {
  if (!p.origin.given()) return false;
  for (const Commitment& c : items(p.origin->prior_commitments))
    if (c.kind.is(CommitmentKind::solution) && c.date.given() && *c.date <= day) return true;
  return false;
}

// A decision, contract, lease, site or business case the evidence or the
// proposal's own text says was settled before anyone was asked, and the
// record does not show.
void check_decided_first(const Proposal& p, Reporter& out) {
  const std::optional<Date> first = first_involvement(out.terms());
  if (!first || solution_recorded(p, *first)) return;
  for (const Found* f : out.reading().of(evidence::Kind::prior_decision)) {
    const evidence::Statement& s = f->statement;
    std::optional<Date> when;  // the latest day its dates can mean, when all are before
    if (s.timing == evidence::Timing::by_date) {
      for (const evidence::TextDate& d : s.dates)
        if (d.latest() < *first && (!when || *when < d.latest())) when = d.latest();
      if (!when) continue;
    }
    std::optional<AppliedWaiver> reconciled = out.reading().agreed(*f);
    out.report_text(
        f->at, f->path,
        fmt::format("{} says it was settled before anyone was asked: \"{}\" ({}); the first "
                    "involvement was on {}, and the record shows no decision taken first",
                    Reading::found_in(*f),
                    s.sentence, s.where(), first->iso()),
        "Record what was decided, and when, under `origin.prior_commitments` (`kind: solution` "
        "when it chose the model, site, supplier or design), so the board sees what was still "
        "open; if the sentence does not mean that, say why in `reconciliations`, with who "
        "agreed it.",
        std::move(reconciled));
  }
}

void check_how_decision_open(const Proposal& p, Reporter& out) {
  // Commitments marked not applicable ("Nothing had been decided") leave the
  // decision open, unless the evidence says otherwise.
  check_decided_first(p, out);
  if (out.not_applicable({p.origin})) return;
  const Terms& terms = out.terms();
  std::optional<Date> first;
  for (const Activity* a : terms.done_activities())
    if (terms.co_produced(*a) && (!first || *a->date < *first)) first = *a->date;
  const auto& commitments = items(p.origin->prior_commitments);
  for (std::size_t i = 0; i < commitments.size(); ++i) {
    const Commitment& c = commitments[i];
    if (!c.kind.is(CommitmentKind::solution) || !c.date.given() || !c.what.given()) continue;
    if (first && *first < *c.date) continue;
    out.report(c, first ? fmt::format("the solution was chosen before anything was co-produced: "
                                   "\"{}\" on {}, and the first co-produced activity was on {}",
                                   *c.what, c.date->iso(), first->iso())
                     : fmt::format("the solution was chosen (\"{}\", on {}) and nothing was "
                                   "co-produced before the board",
                                   *c.what, c.date->iso()),
               "Involving people after the solution is chosen is consultation on a decided plan: "
               "reopen the decision with them, or present the proposal to the board as what it "
               "is.");
  }
}

}  // namespace

extern const Rule how_decision_open{
    .id = "how-decision-open",
    .item = &board::how,
    .severity = Severity::blocking,
    .title = "The solution was still open when people were involved",
    .quote = "No preconceived ideas or solutions",
    .source = "An 'Open Space' approach to community engagement and co-production",
    .meets = "No entry in `origin.prior_commitments` of kind `solution` (the service model, supplier, site or design already chosen) is dated on or before the first co-produced activity; with no co-produced activity, no such entry at all. A `constraint` (a budget, a national mandate) limits the options but leaves the solution open. And no sentence of the evidence or of the proposal's own text says a decision, contract, lease, site, supplier or business case was settled before the first involvement (in its words, or by a date before it) unless the record shows a solution chosen by then or a reconciliation says what the sentence means.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(origin:
  prior_commitments:
    - what: The budget is capped at the current clinic spend.
      date: 2025-06-01
      kind: constraint
    - what: The clinic model chosen with the peer group.
      date: 2025-11-20
      kind: solution
who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
      communities: [core20, ethnic-minorities]
      paid: true
how:
  activities:
    - id: story-sessions
      title: Storytelling sessions on living with diabetes
      method: storytelling
      stage: problem-definition
      level: co-design
      date: 2025-10-02
      groups: [peer-group]
      evidence: https://example.org/reports/story-sessions
)yaml",
    .check = check_how_decision_open,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
