#include <fmt/format.h>

#include "core/suggest.h"
#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// Checks only where the format says a group or activity id goes:
// `assurance.signed_off_by` may also hold roles, so it is not checked here.
void check(const Proposal& p, Reporter& out) {
  const std::vector<std::string_view> groups = group_ids(p);
  const std::vector<std::string_view> activities = activity_ids(p);
  auto group = [&](const Text& id, std::string path) {
    if (!id.given() || p.group(*id) != nullptr) return;
    out.report(id.at, std::move(path),
               fmt::format("`{}` is named here but no group in `who.groups` has that id{}", *id,
                           did_you_mean(*id, groups)));
  };
  auto activity = [&](const Text& id, std::string path) {
    if (!id.given() || p.activity(*id) != nullptr) return;
    out.report(id.at, std::move(path),
               fmt::format("`{}` is named here but no activity in `how.activities` has that id{}",
                           *id, did_you_mean(*id, activities)));
  };

  // A section that is absent or not applicable has empty lists here.
  const std::vector<Text>& defined_with = items(p.origin->defined_with);
  for (std::size_t i = 0; i < defined_with.size(); ++i)
    group(defined_with[i], item_path("origin.defined_with", i));

  const std::vector<Activity>& all = items(p.how->activities);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::vector<Text>& named = items(all[i].groups);
    for (std::size_t j = 0; j < named.size(); ++j)
      group(named[j], item_path(item_path("how.activities", i, "groups"), j));
  }

  const std::vector<Change>& changes = items(p.outcomes->changes);
  for (std::size_t i = 0; i < changes.size(); ++i)
    activity(changes[i].from, item_path("outcomes.changes", i, "from"));
}

}  // namespace

extern const Rule integrity_references{
    .id = "integrity-references",
    .item = Item::integrity,
    .severity = Severity::blocking,
    .title = "Every group and activity referred to is defined",
    .quote = "Board decision making process: expectations, clarity, methodology",
    .source = "Board steps for real co-production – setting the conditions and culture",
    .meets = "Every group id in `origin.defined_with` and in an activity's `groups` is defined "
             "in `who.groups`, and every `from` in `outcomes.changes` is the id of an activity "
             "in `how.activities`.",
    .example = R"(who:
  groups:
    - id: lived-experience-panel
      name: Lived experience panel
      kind: lived-experience
how:
  activities:
    - id: discovery
      # …
      groups: [lived-experience-panel]
outcomes:
  changes:
    - heard: People wanted to walk in, not wait for a referral.
      changed: An open-access drop-in was added to the model.
      from: discovery
)",
    .check = check,
};

}  // namespace coprod::rules
