#include <fmt/format.h>

#include "core/suggest.h"
#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

std::string changes(std::size_t n, std::string_view what) {
  return fmt::format("{} {} {}", n, n == 1 ? "change" : "changes", what);
}

void check_outcomes_changes(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.outcomes,
                          p.outcomes->changes,
                          p.how,
                          p.how->activities}))
    return;
  const Terms& terms = out.terms();
  const std::vector<Change>& all = items(p.outcomes->changes);
  const std::string guidance =
      "Each change needs what was `heard`, what `changed` and `from`: the id of an activity, "
      "dated on or before the board date, in which a `lived-experience`, `carers` or `community` group took part.";
  if (all.empty()) {
    out.report(p.outcomes->changes, "the proposal does not show what changed because of what people said", guidance);
    return;
  }
  std::size_t incomplete = 0, planned = 0, without = 0;
  for (const Change& c : all) {
    if (!c.heard.given() || !c.changed.given() || items(c.from).empty()) {
      ++incomplete;
      continue;
    }
    // Traced when any activity it came from was held with them.
    bool held = false, voiced = false;
    for (const Text& id : items(c.from)) {
      const Activity* a = id.given() ? terms.activity(*id) : nullptr;
      if (a == nullptr || !terms.done(*a)) continue;  // the loader reports an unknown id
      held = true;
      voiced = voiced || terms.with_community_voice(*a);
    }
    if (voiced) return;
    if (!held) ++planned;
    else ++without;
  }
  std::vector<std::string> reasons;
  if (incomplete) reasons.push_back(changes(incomplete, incomplete == 1 ? "does not say what was heard, what changed and where it came from" : "do not say what was heard, what changed and where they came from"));
  if (planned) reasons.push_back(changes(planned, planned == 1 ? "comes from an activity not yet held" : "come from activities not yet held"));
  if (without) reasons.push_back(changes(without, without == 1 ? "comes from an activity without them" : "come from activities without them"));
  out.report(p.outcomes->changes, fmt::format("no change to the proposal is traced to what {} said before the board: {}",
                         Terms::kCommunityVoices, join_words(reasons, "and")),
             guidance);
}

}  // namespace

extern const Rule outcomes_changes{
    .id = "outcomes-changes",
    .item = &board::outcomes,
    .severity = Severity::blocking,
    .title = "What people said changed the proposal",
    .quote = "Ownership of design delivery & evaluation",
    .source = "Co-production – the practical approach: Traditional approaches and co-production",
    .meets = "At least one entry in `outcomes.changes` says what was `heard`, what `changed` in the proposal, and (in `from`) the id of an activity, dated on or before the board date, in which a `lived-experience`, `carers` or `community` group took part.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
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
outcomes:
  changes:
    - heard: People wanted to walk in, not wait for a referral.
      changed: An open-access drop-in was added to the model.
      from: story-sessions
)yaml",
    .check = check_outcomes_changes,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
