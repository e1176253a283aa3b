#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_assurance_lived_experience_sign_off(const Proposal& p, Reporter& out) {
  const ListOf<Text>& signed_off_by = p.assurance->signed_off_by;
  if (out.not_applicable({p.assurance,
                          signed_off_by,
                          p.who,
                          p.who->groups}))
    return;
  const Terms& terms = out.terms();
  for (const Text& name : items(signed_off_by)) {
    const Group* g = name.given() ? terms.group(*name) : nullptr;
    if (g != nullptr && Terms::community_voice(*g) && terms.took_part(*g)) return;
  }
  out.report(signed_off_by, items(signed_off_by).empty()
                 ? fmt::format("no group of {} signed the assurance statement off",
                               Terms::kCommunityVoices)
                 : fmt::format("none of those who signed the assurance statement off is a group "
                               "of {} that took part",
                               Terms::kCommunityVoices),
             "Add the id of a `lived-experience`, `carers` or `community` group that took part to "
             "`assurance.signed_off_by`.");
}

}  // namespace

extern const Rule assurance_lived_experience_sign_off{
    .id = "assurance-lived-experience-sign-off",
    .item = &board::assurance,
    .severity = Severity::warning,
    .title = "People who use services signed the statement off",
    .quote = "Co-production is a way of working that involves people who use health and care services, carers and communities in equal partnership",
    .source = "What is co-production?",
    .meets = "`assurance.signed_off_by` names, by its id, a `lived-experience`, `carers` or `community` group that took part.",
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
  signed_off_by: [executive-sponsor, peer-group]
)yaml",
    .check = check_assurance_lived_experience_sign_off,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
