#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_who_inequalities(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;
  const std::vector<const Group*> voices = out.terms().community_voices_that_took_part();
  // When none took part, who-lived-experience says so.
  if (voices.empty()) return;
  for (const Group* g : voices)
    if (Terms::core20plus(*g)) return;
  out.report(p.who->groups, fmt::format("no group of {} that took part says which communities it speaks for",
                         Terms::kCommunityVoices),
             "List under each group's `communities` the Core20PLUS communities it includes, such "
             "as `core20`, `ethnic-minorities` or `inclusion-health`.");
}

}  // namespace

extern const Rule who_inequalities{
    .id = "who-inequalities",
    .item = &board::who,
    .severity = Severity::warning,
    .title = "People from communities facing health inequalities took part",
    .quote = "Prioritise reducing health inequalities",
    .source = "Co-production & our learning from the pandemic response",
    .meets = "A `lived-experience`, `carers` or `community` group that took part lists the Core20PLUS communities it speaks for in `communities` (`core20`, `ethnic-minorities`, `inclusion-health` …).",
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
)yaml",
    .check = check_who_inequalities,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
