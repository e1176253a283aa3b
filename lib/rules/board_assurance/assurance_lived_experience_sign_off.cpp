#include <fmt/format.h>

#include "core/suggest.h"
#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

constexpr std::string_view kPath = "assurance.signed_off_by";

void check(const Proposal& p, Reporter& out) {
  const ListOf<Text>& signed_off_by = p.assurance->signed_off_by;
  if (out.not_applicable({{p.assurance, "assurance"},
                          {signed_off_by, kPath},
                          {p.who, "who"},
                          {p.who->groups, "who.groups"}}))
    return;
  for (const Text& name : items(signed_off_by)) {
    if (!name.given()) continue;
    if (has_lived_experience(p.group(*name))) return;
  }

  // The list may hold roles as well as group ids, so only a near miss of a
  // lived-experience group's id is taken for a misspelt id.
  std::vector<std::string_view> voices;
  for (const Group& group : items(p.who->groups))
    if (group.id.given() && has_lived_experience(&group))
      voices.push_back(*group.id);
  bool near_miss = false;
  const std::vector<Text>& names = items(signed_off_by);
  for (std::size_t i = 0; i < names.size(); ++i) {
    const Text& name = names[i];
    if (!name.given() || p.group(*name) != nullptr || !nearest(*name, voices)) continue;
    near_miss = true;
    out.report(name.at, item_path(kPath, i),
               fmt::format("no group with lived experience signed the assurance statement off: "
                           "`{}` is not a group in `who.groups`{}",
                           *name, did_you_mean(*name, voices)));
  }
  if (near_miss) return;

  out.report(signed_off_by.at, std::string(kPath),
             names.empty()
                 ? "no group with lived experience signed the assurance statement off: add the id "
                   "of a `lived-experience`, `carers` or `community` group to "
                   "`assurance.signed_off_by`"
                 : "none of those who signed the assurance statement off is a group with lived "
                   "experience: add the id of a `lived-experience`, `carers` or `community` group "
                   "from `who.groups`");
}

}  // namespace

extern const Rule assurance_lived_experience_sign_off{
    .id = "assurance-lived-experience-sign-off",
    .item = Item::assurance,
    .severity = Severity::warning,
    .title = "People with lived experience signed the statement off",
    .quote = "Co-production is a way of working that involves people who use health and care "
             "services, carers and communities in equal partnership",
    .source = "What is co-production?",
    .meets = "`assurance.signed_off_by` names, by its id, a group in `who.groups` of kind "
             "`lived-experience`, `carers` or `community`.",
    .example = R"(who:
  groups:
    - id: lived-experience-panel
      name: Lived experience panel
      kind: lived-experience
assurance:
  satisfied: true
  signed_off_by: [executive-sponsor, lived-experience-panel]
)",
    .check = check,
};

}  // namespace coprod::rules
