#include "rules/terms.h"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "core/ascii.h"
#include "core/date.h"
#include "core/suggest.h"
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

bool Terms::community_led(const Activity& activity) const {
  for (const Text& id : items(activity.led_by)) {
    const Group* g = id.given() ? group(*id) : nullptr;
    if (g != nullptr && community_voice(*g)) return true;
  }
  return false;
}

int Terms::level_reached(const Activity& activity) const {
  if (!activity.level.given()) return -1;
  const int level = vocab::rung(*activity.level);
  if (!activity.method.given() || community_led(activity)) return level;
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
    const bool answering = a.method.is(Method::survey) || a.method.is(Method::consultation);
    for (const Text& id : items(a.groups)) {
      if (!id.given()) continue;
      named_in_done.insert(*id);
      if (!answering) gave_time_.insert(*id);
    }
  }
  if (p.who.given())
    for (const Group& g : items(p.who->groups))
      if (g.id.given() && named_in_done.contains(*g.id) && !nobody(g)) took_part_.push_back(&g);
  took_part_set_ = {took_part_.begin(), took_part_.end()};
  judge();
}

namespace {

// Whether any word of `text` starts with one of `stems`, in any case.
bool says(const Text& text, std::initializer_list<std::string_view> stems) {
  if (!text.given()) return false;
  const std::string lower = ascii::to_lower(*text);
  for (std::string_view stem : stems)
    for (std::size_t at = lower.find(stem); at != std::string::npos; at = lower.find(stem, at + 1))
      if (at == 0 || !ascii::is_alpha(lower[at - 1])) return true;
  return false;
}

}  // namespace

void Terms::judge() {
  const ProposalInfo& info = p_.proposal;
  if (info.urgency.given()) {
    const Urgency& u = *info.urgency;
    std::vector<std::string> missing;
    if (!u.reason.given()) missing.emplace_back("why it is urgent");
    if (!u.ends.given()) missing.emplace_back("when it ends");
    if (!u.involvement_to_follow.given()) missing.emplace_back("the involvement to follow");
    if (!u.approved_by.given()) missing.emplace_back("who agreed it");
    if (missing.empty())
      judged_ = Judged{Level::informing, true,
                       fmt::format("the decision is urgent and temporary, until {}, as agreed by "
                                   "{}: the involvement follows it",
                                   long_date(*u.ends), *u.approved_by),
                       &info.urgency};
    else
      urgency_incomplete_ = join_words(missing, "and");
    return;
  }
  if (!info.proportion.given()) return;
  const Proportion& c = *info.proportion;
  std::vector<std::string> missing;
  if (!c.level.given()) missing.emplace_back("the level judged proportionate");
  if (!c.reason.given()) missing.emplace_back("why");
  if (!c.approved_by.given()) missing.emplace_back("who agreed it");
  if (!missing.empty()) {
    proportion_refused_ = fmt::format("the proportion claim does not say {}", join_words(missing, "or"));
    return;
  }
  // What the record says that a modest change is not.
  const int claimed = vocab::rung(*c.level);
  if (p_.scrutiny.given() && p_.scrutiny->substantial_variation.given() &&
      *p_.scrutiny->substantial_variation) {
    proportion_refused_ = "the record says the change is a substantial variation of a service";
  } else if (says(info.decision, {"close ", "closes", "closing", "closure", "decommission"}) ||
             says(info.title, {"close ", "closes", "closing", "closure", "decommission"})) {
    proportion_refused_ = "the decision closes a service";
  } else if (says(info.decision, {"co-produc", "coproduc", "co-design", "codesign"}) ||
             says(info.title, {"co-produc", "coproduc", "co-design", "codesign"})) {
    proportion_refused_ = "the proposal calls itself co-produced or co-designed";
  } else {
    for (const Activity& a : activities())
      if (a.level.given() && vocab::rung(*a.level) > claimed) {
        proportion_refused_ = fmt::format("{} is recorded at {} level, above the level claimed",
                                          named(a), vocab::id(*a.level));
        break;
      }
  }
  if (!proportion_refused_.empty() || claimed >= vocab::rung(Level::co_design)) return;
  judged_ = Judged{*c.level, false,
                   fmt::format("{}-level involvement was judged proportionate to the change, as "
                               "agreed by {}",
                               vocab::id(*c.level), *c.approved_by),
                   &info.proportion};
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

bool Terms::gave_time(const Group& group) const {
  return took_part(group) && group.id.given() && gave_time_.contains(*group.id);
}

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
