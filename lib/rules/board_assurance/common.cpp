#include "rules/board_assurance/common.h"

#include <fmt/format.h>

namespace coprod::rules {
namespace {

// Did the group with this id take part in any activity?
bool took_part(const Proposal& p, std::string_view group_id) {
  for (const Activity& activity : items(p.how->activities))
    for (const Text& id : items(activity.groups))
      if (id.given() && *id == group_id) return true;
  return false;
}

}  // namespace

std::vector<const Group*> participating_groups(const Proposal& p) {
  std::vector<const Group*> out;
  for (const Group& group : items(p.who->groups))
    if (group.id.given() && took_part(p, *group.id)) out.push_back(&group);
  return out;
}

bool kind_took_part(const Proposal& p, std::initializer_list<std::string_view> kinds) {
  for (const Group* group : participating_groups(p))
    for (std::string_view kind : kinds)
      if (group->kind.given() && *group->kind == kind) return true;
  return false;
}

bool groups_not_applicable(const Proposal& p, Reporter& out) {
  return out.not_applicable({{p.who, "who"},
                             {p.who->groups, "who.groups"},
                             {p.how, "how"},
                             {p.how->activities, "how.activities"}});
}

std::vector<std::string_view> group_ids(const Proposal& p) {
  std::vector<std::string_view> ids;
  if (!p.who.given()) return ids;
  for (const Group& group : items(p.who->groups))
    if (group.id.given()) ids.push_back(*group.id);
  return ids;
}

std::vector<std::string_view> activity_ids(const Proposal& p) {
  std::vector<std::string_view> ids;
  if (!p.how.given()) return ids;
  for (const Activity& activity : items(p.how->activities))
    if (activity.id.given()) ids.push_back(*activity.id);
  return ids;
}

std::string named(const Group& group) {
  const std::string& name = group.name.given() ? *group.name : *group.id;
  if (!group.kind.given()) return fmt::format("the group `{}`", name);
  return fmt::format("the group `{}` ({})", name, *group.kind);
}

std::string named(const Activity& activity) {
  return fmt::format("the activity `{}`", activity.title.given() ? *activity.title : *activity.id);
}

std::string item_path(std::string_view list, std::size_t index, std::string_view key) {
  if (key.empty()) return fmt::format("{}[{}]", list, index);
  return fmt::format("{}[{}].{}", list, index, key);
}

}  // namespace coprod::rules
