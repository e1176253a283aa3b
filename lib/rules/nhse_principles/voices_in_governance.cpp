#include <fmt/format.h>

#include "rules/example_header.h"
#include "rules/nhse_principles/common.h"
#include "rules/nhse_principles/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_voices_in_governance(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.who, p.who->groups})) return;
  bool voice = false;
  for (const Group& g : items(p.who->groups)) {
    if (!Terms::community_voice(g)) continue;
    if (nhse::has_role(g, Role::governance)) return;
    voice = true;
  }
  out.report(p.who->groups, voice ? fmt::format("the proposal does not show {} sitting where decisions about "
                                 "the change are taken",
                                 Terms::kCommunityVoices)
                   : fmt::format("the proposal names no group of {}, so none is shown sitting "
                                 "where decisions about the change are taken",
                                 Terms::kCommunityVoices),
             "Give `governance` in the `roles` of a `lived-experience`, `carers` or `community` "
             "group whose members sit on the board, committee or steering group that decides.");
}

}  // namespace

extern const Rule nhse_voices_in_governance{
    .id = "nhse-voices-in-governance",
    .item = &nhse::voice,
    .severity = Severity::warning,
    .title = "People who use services sit where decisions are taken",
    .quote = "put the voices of people and communities at the centre of decision-making and governance",
    .source = "Hertfordshire and West Essex ICB constitution §9.1.3, adopting NHS England's principle 1",
    .meets = "A `lived-experience`, `carers` or `community` group has `governance` in its `roles`: its members sit on the board, committee or steering group that decides.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
      roles: [governance, participant]
)yaml",
    .check = check_voices_in_governance,
};

}  // namespace coprod::rules
