#include <set>
#include <string>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

constexpr std::size_t kKindsNeeded = 3;

void check(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;

  std::set<std::string> kinds;
  for (const Group* group : participating_groups(p))
    if (group->kind.given()) kinds.insert(*group->kind);
  if (kinds.empty()) {
    out.report(p.who->groups.at, "who.groups",
               "no group took part in any activity: a wide range of voices needs groups of at "
               "least three kinds");
  } else if (kinds.size() < kKindsNeeded) {
    out.report(p.who->groups.at, "who.groups",
               fmt::format("too narrow a range of voices: groups of only {} {} took part ({}); "
                           "involve groups of at least three kinds",
                           kinds.size(), kinds.size() == 1 ? "kind" : "kinds",
                           fmt::join(kinds, ", ")));
  }

  // A separate question: what was done to go beyond the usual voices.
  const ListOf<Text>& seldom_heard = p.who->seldom_heard;
  if (out.not_applicable({{seldom_heard, "who.seldom_heard"}})) return;
  if (items(seldom_heard).empty())
    out.report(seldom_heard.at, "who.seldom_heard",
               "the proposal does not say how people beyond the usual groups were reached: "
               "describe it under `who.seldom_heard`");
}

}  // namespace

extern const Rule who_range_of_voices{
    .id = "who-range-of-voices",
    .item = Item::who,
    .severity = Severity::warning,
    .title = "A wide range of voices was heard, beyond the usual groups",
    .quote = "Wide range of 'voices' required – vary due to theme area, not always the same "
             "groups or individuals.",
    .source = "Board steps: Who to involve?",
    .meets = "Groups of at least three kinds took part in the activities, and "
             "`who.seldom_heard` says what was done to reach beyond the usual voices.",
    .example = R"(who:
  groups:
    - {id: panel, name: Lived experience panel, kind: lived-experience}
    - {id: residents, name: Residents of Tower Hill, kind: community}
    - {id: healthwatch, name: Healthwatch Knowsley, kind: healthwatch}
  seldom_heard:
    - Outreach at food banks and a Traveller site visit.
how:
  activities:
    - id: open-space
      # …
      groups: [panel, residents, healthwatch]
)",
    .check = check,
};

}  // namespace coprod::rules
