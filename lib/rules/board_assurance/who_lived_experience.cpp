#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_who_lived_experience(const Proposal& p, Reporter& out) {
  if (involvement_marked_not_applicable(p, out, Terms::kCommunityVoices)) return;
  const Terms& terms = out.terms();
  if (!terms.community_voices_that_took_part().empty()) return;
  bool planned = false;
  for (const Activity& a : terms.activities()) planned |= terms.with_community_voice(a);
  bool defined = false;
  for (const Group& g : items(p.who->groups)) defined |= Terms::community_voice(g);
  std::string message =
      planned ? fmt::format("{} are named only in activities {}: none has taken part yet",
                            Terms::kCommunityVoices, Terms::kNotYetHeld)
      : defined
          ? fmt::format("the groups described as {} are named in no activity",
                        Terms::kCommunityVoices)
          : fmt::format("no group that took part is described as {}", Terms::kCommunityVoices);
  out.report(p.who->groups, std::move(message),
             "Name a `lived-experience`, `carers` or `community` group in the `groups` of an activity dated on or before "
             "the board date. Residents and patients speaking for themselves are `community` or "
             "`lived-experience`, not `public`.");
}

}  // namespace

extern const Rule who_lived_experience{
    .id = "who-lived-experience",
    .item = &board::who,
    .severity = Severity::blocking,
    .title = "People who use services, carers or community members took part",
    .quote = "Seek out those with lived experience.",
    .source = "Board steps: Who to involve?",
    .meets = "A `lived-experience`, `carers` or `community` group is named in the `groups` of an activity dated on or before the board date.",
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
    .check = check_who_lived_experience,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
