#include <set>

#include <fmt/format.h>

#include "core/suggest.h"
#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

constexpr std::size_t kKindsNeeded = 3;

void check_who_range_of_voices(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;
  // In the order of their words, as a sentence lists them.
  const auto by_word = [](GroupKind a, GroupKind b) { return vocab::id(a) < vocab::id(b); };
  std::set<GroupKind, decltype(by_word)> kinds(by_word);
  for (const Group* g : out.terms().groups_that_took_part())
    if (g->kind.given()) kinds.insert(*g->kind);
  const bool narrow = kinds.size() < kKindsNeeded;
  const ListOf<Text>& seldom_heard = p.who->seldom_heard;
  const bool unsaid = !seldom_heard.not_applicable() && items(seldom_heard).empty();
  if (!narrow && !unsaid) {
    out.not_applicable({seldom_heard});
    return;
  }
  std::vector<std::string> words;
  for (GroupKind kind : kinds) words.push_back(vocab::phrase(kind));
  const std::string range =
      kinds.empty() ? std::string("no group took part in an activity before the board")
                    : fmt::format("groups of only {} {} took part ({})", kinds.size(),
                                  kinds.size() == 1 ? "kind" : "kinds", join_words(words, "and"));
  const std::string beyond = "the proposal does not say how people beyond the usual groups were reached";
  std::string message = narrow && unsaid ? fmt::format("{}, and {}", range, beyond)
                        : narrow         ? range + ": a wide range of voices needs at least three"
                                         : beyond;
  std::string guidance;
  if (narrow) guidance = "Involve groups of at least three kinds in activities before the board.";
  if (unsaid) {
    if (!guidance.empty()) guidance += ' ';
    guidance += "Describe under `who.seldom_heard` what was done to reach beyond the usual voices.";
  }
  const Located& where = narrow ? static_cast<const Located&>(p.who->groups) : seldom_heard;
  out.report(where, std::move(message), std::move(guidance));
}

}  // namespace

extern const Rule who_range_of_voices{
    .id = "who-range-of-voices",
    .item = &board::who,
    .severity = Severity::warning,
    .title = "A wide range of voices was heard, beyond the usual groups",
    .quote = "Wide range of 'voices' required – vary due to theme area, not always the same groups or individuals.",
    .source = "Board steps: Who to involve?",
    .meets = "Groups of at least three kinds took part in activities dated on or before the board date, and `who.seldom_heard` says what was done to reach beyond the usual voices.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
      communities: [core20, ethnic-minorities]
      paid: true
    - id: healthwatch
      name: Healthwatch Knowsley
      kind: healthwatch
    - id: nurses
      name: Diabetes specialist nurses
      kind: clinical
  seldom_heard:
    - Sessions at the mosque and the food bank, with interpreters.
how:
  activities:
    - id: story-sessions
      title: Storytelling sessions on living with diabetes
      method: storytelling
      stage: problem-definition
      level: co-design
      date: 2025-10-02
      groups: [peer-group, healthwatch, nurses]
)yaml",
    .check = check_who_range_of_voices,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
