#include "rules/terms.h"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "load/vocabulary.h"

namespace coprod {

bool Terms::community_voice(GroupKind kind) {
  return kind == GroupKind::lived_experience || kind == GroupKind::carers ||
         kind == GroupKind::community;
}

bool Terms::core20plus(const Group& group) { return !items(group.communities).empty(); }

bool Terms::community_partner(const Group& group) {
  return group.kind.is(GroupKind::healthwatch) || group.kind.is(GroupKind::vcse);
}

bool Terms::nobody(const Group& group) { return group.people.given() && *group.people == 0; }

bool Terms::community_voice(const Group& group) {
  return group.kind.given() && community_voice(*group.kind) && !nobody(group);
}

std::optional<Level> Terms::method_cap(Method method) {
  // "Concept: Co-production widely used in the NHS - Reality: Consultations on
  // predetermined views, ideas and solution": a method that asks people does
  // not by itself share power.
  switch (method) {
    case Method::survey:
    case Method::consultation: return Level::consultation;
    case Method::focus_group:
    case Method::interviews: return Level::engagement;
    default: return std::nullopt;
  }
}

int Terms::level_reached(const Activity& activity) {
  if (!activity.level.given()) return -1;
  const int level = vocab::rung(*activity.level);
  if (!activity.method.given()) return level;
  const std::optional<Level> cap = method_cap(*activity.method);
  return cap ? std::min(level, vocab::rung(*cap)) : level;
}

Terms::Terms(const Proposal& p, Date today) : p_(p), today_(today) {
  if (p.who.given())
    for (const Group& g : items(p.who->groups))
      if (g.id.given()) groups_.emplace(*g.id, &g);
  std::unordered_set<std::string_view> named_in_done;
  for (const Activity& a : activities()) {
    if (a.id.given()) activities_.emplace(*a.id, &a);
    if (!done(a)) continue;
    done_.push_back(&a);
    for (const Text& id : items(a.groups))
      if (id.given()) named_in_done.insert(*id);
  }
  if (p.who.given())
    for (const Group& g : items(p.who->groups))
      if (g.id.given() && named_in_done.contains(*g.id) && !nobody(g)) took_part_.push_back(&g);
  took_part_set_ = {took_part_.begin(), took_part_.end()};
}

const std::vector<Group>& Terms::groups() const {
  static const std::vector<Group> none;
  return p_.who.given() ? items(p_.who->groups) : none;
}

const std::vector<Activity>& Terms::activities() const {
  static const std::vector<Activity> none;
  return p_.how.given() ? items(p_.how->activities) : none;
}

bool Terms::done(const Activity& activity) const {
  const Field<Date>& board = p_.proposal.board_date;
  return activity.date.given() && board.given() && *activity.date <= *board &&
         *activity.date <= today_;
}

bool Terms::with_community_voice(const Activity& activity) const {
  for (const Text& id : items(activity.groups)) {
    if (!id.given()) continue;
    const Group* g = group(*id);
    if (g != nullptr && community_voice(*g)) return true;
  }
  return false;
}

bool Terms::co_produced(const Activity& activity) const {
  return done(activity) && level_reached(activity) >= vocab::rung(Level::co_design) &&
         with_community_voice(activity);
}

bool Terms::took_part(const Group& group) const { return took_part_set_.contains(&group); }

std::vector<const Group*> Terms::community_voices_that_took_part() const {
  std::vector<const Group*> out;
  for (const Group* g : took_part_)
    if (community_voice(*g)) out.push_back(g);
  return out;
}

bool Terms::community_partner_took_part() const {
  return std::any_of(took_part_.begin(), took_part_.end(),
                     [](const Group* g) { return community_partner(*g); });
}

const Group* Terms::group(std::string_view id) const {
  const auto found = groups_.find(id);
  return found == groups_.end() ? nullptr : found->second;
}

const Activity* Terms::activity(std::string_view id) const {
  const auto found = activities_.find(id);
  return found == activities_.end() ? nullptr : found->second;
}

std::string named(const Group& group) {
  return fmt::format("the group \"{}\"", group.name.given() ? *group.name : *group.id);
}

std::string named(const Activity& activity) {
  return fmt::format("the activity \"{}\"", activity.title.given() ? *activity.title : *activity.id);
}

}  // namespace coprod
