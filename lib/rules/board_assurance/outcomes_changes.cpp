#include <fmt/format.h>

#include "core/suggest.h"
#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

constexpr std::string_view kList = "outcomes.changes";

bool traceable(const Proposal& p, const Change& change) {
  return change.heard.given() && change.changed.given() && change.from.given() &&
         p.activity(*change.from) != nullptr;
}

// Says what one change lacks, at the most precise place: the missing key's
// mapping, or the `from` that names no activity.
void report_change(const Proposal& p, const Change& change, std::size_t index, Reporter& out) {
  struct Gap {
    std::string_view key, words;
  };
  std::vector<Gap> gaps;
  if (!change.heard.given()) gaps.push_back({"heard", "what was heard"});
  if (!change.changed.given()) gaps.push_back({"changed", "what changed"});
  if (!change.from.given()) gaps.push_back({"from", "which activity it came from"});
  const bool unknown_from = change.from.given() && p.activity(*change.from) == nullptr;

  std::vector<std::string> words;
  for (const Gap& gap : gaps) words.emplace_back(gap.words);
  const std::string missing = join_words(words, "or");
  const std::string unknown =
      unknown_from ? fmt::format("comes from `{}`, which is not an activity in `how.activities`{}",
                                 *change.from, did_you_mean(*change.from, activity_ids(p)))
                   : std::string();

  if (gaps.empty()) {
    out.report(change.from.at, item_path(kList, index, "from"), "this change " + unknown);
  } else if (!unknown_from) {
    out.report(change.at,
               gaps.size() == 1 ? item_path(kList, index, gaps[0].key) : item_path(kList, index),
               fmt::format("this change does not say {}: each change needs `heard`, `changed` "
                           "and `from` (the activity it came from)",
                           missing));
  } else {
    out.report(change.at, item_path(kList, index),
               fmt::format("this change does not say {}, and {}", missing, unknown));
  }
}

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.outcomes, "outcomes"},
                          {p.outcomes->changes, "outcomes.changes"},
                          {p.how, "how"},
                          {p.how->activities, "how.activities"}}))
    return;
  const std::vector<Change>& changes = items(p.outcomes->changes);
  if (changes.empty()) {
    out.report(p.outcomes->changes.at, std::string(kList),
               "the proposal does not show what changed because of what people said: add "
               "`outcomes.changes` with what was heard, what changed and the activity it came "
               "from");
    return;
  }
  for (const Change& change : changes)
    if (traceable(p, change)) return;
  for (std::size_t i = 0; i < changes.size(); ++i) report_change(p, changes[i], i, out);
}

}  // namespace

extern const Rule outcomes_changes{
    .id = "outcomes-changes",
    .item = Item::outcomes,
    .severity = Severity::blocking,
    .title = "What people said changed the proposal",
    .quote = "Ownership of design delivery & evaluation",
    .source = "Co-production – the practical approach: Traditional approaches and co-production",
    .meets = "At least one entry in `outcomes.changes` says what was heard, what changed in the "
             "proposal, and (in `from`) the id of the activity it came from.",
    .example = R"(outcomes:
  changes:
    - heard: People wanted to walk in, not wait for a referral.
      changed: An open-access drop-in was added to the model.
      from: discovery
)",
    .check = check,
};

}  // namespace coprod::rules
