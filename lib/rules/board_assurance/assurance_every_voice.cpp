#include <unordered_set>

#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_assurance_every_voice(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.assurance, p.who, p.who->groups}))
    return;
  std::unordered_set<std::string_view> heard;
  for (const Text& name : items(p.assurance->signed_off_by))
    if (name.given()) heard.insert(*name);
  for (const Dissent& d : items(p.assurance->dissent))
    if (d.group.given()) heard.insert(*d.group);
  std::vector<const Group*> others;
  for (const Group* g : out.terms().community_voices_that_took_part())
    if (!heard.contains(*g->id)) others.push_back(g);
  if (others.empty()) return;
  out.report(p.assurance->signed_off_by, fmt::format("{} {} took part but neither signed the assurance statement off nor "
                         "recorded a dissent",
                         others.size() == 1 ? "the group" : "the groups", names_of(others)),
             "Ask each group that took part to sign off (`assurance.signed_off_by`) or to record "
             "its dissent (`assurance.dissent`).");
}

}  // namespace

extern const Rule assurance_every_voice{
    .id = "assurance-every-voice",
    .item = &board::assurance,
    .severity = Severity::advice,
    .title = "Every group of people who use services that took part signed off or recorded its dissent",
    .quote = "If not satisfied with the process followed do not proceed – the outcome will not give the improvement needed! Be prepared to start again.",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "Every `lived-experience`, `carers` or `community` group that took part is named in `assurance.signed_off_by` or in `assurance.dissent`.",
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
assurance:
  satisfied: true
  signed_off_by: [peer-group]
)yaml",
    .check = check_assurance_every_voice,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
