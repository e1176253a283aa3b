#include "load/references.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "core/suggest.h"
#include "load/validate.h"

namespace coprod {
namespace {

class References {
 public:
  References(const Proposal& p, std::vector<Error>& errors, std::size_t max) : errors_(errors, max) {
    if (p.who.given())
      for (const Group& g : items(p.who->groups))
        if (g.id.given()) groups_.push_back(*g.id);
    if (p.how.given())
      for (const Activity& a : items(p.how->activities))
        if (a.id.given()) activities_.push_back(*a.id);
    group_set_ = {groups_.begin(), groups_.end()};
    activity_set_ = {activities_.begin(), activities_.end()};
  }

  void group(const Text& id, std::string_view where) {
    if (!id.given() || group_set_.contains(*id)) return;
    errors_.add(id.at, [&] {
      return fmt::format("`{}` in {} names no group: no group in `who.groups` has that id{}", *id,
                         where, did_you_mean(*id, groups_));
    });
  }

  void activity(const Text& id, std::string_view where) {
    if (!id.given() || activity_set_.contains(*id)) return;
    errors_.add(id.at, [&] {
      return fmt::format("`{}` in {} names no activity: no activity in `how.activities` has that "
                         "id{}",
                         *id, where, did_you_mean(*id, activities_));
    });
  }

  // `signed_off_by` holds roles as well as group ids, so only an id-shaped
  // entry one slip of the keyboard from a group's id is taken for a misspelt
  // one. The slips are looked up, not compared with every id: a list of
  // thousands of signers and groups takes time in proportion to its length.
  void signer(const Text& name) {
    if (!name.given() || group_set_.contains(*name) || !format::is_id(*name)) return;
    if (errors_.full()) return;  // too many already: no need to look further
    if (!slips_) slips_.emplace(groups_);
    const auto guess = slips_->find(*name);
    if (!guess) return;
    errors_.add(name.at, [&] {
      return fmt::format("`{}` in `assurance.signed_off_by` names no group; did you mean `{}`? "
                         "(A role is written in words, such as `Chair of the patient panel`.)",
                         *name, *guess);
    });
  }

  void finish() { errors_.finish(); }

 private:
  format::CappedErrors errors_;
  std::vector<std::string_view> groups_, activities_;
  std::unordered_set<std::string_view> group_set_, activity_set_;
  std::optional<OneSlip> slips_;  // the groups' ids, built when a signer needs it
};

}  // namespace

void check_references(const Proposal& p, std::vector<Error>& errors, std::size_t max_errors) {
  References refs(p, errors, max_errors);
  if (p.origin.given())
    for (const Text& id : items(p.origin->defined_with)) refs.group(id, "`origin.defined_with`");
  if (p.how.given())
    for (const Activity& a : items(p.how->activities))
      for (const Text& id : items(a.groups)) refs.group(id, "an activity's `groups`");
  if (p.outcomes.given())
    for (const Change& c : items(p.outcomes->changes)) refs.activity(c.from, "a change's `from`");
  if (p.assurance.given()) {
    for (const Text& name : items(p.assurance->signed_off_by)) refs.signer(name);
    for (const Dissent& d : items(p.assurance->dissent)) refs.group(d.group, "a dissent's `group`");
  }
  refs.finish();
}

}  // namespace coprod
