#include "rules/board_assurance/common.h"

namespace coprod::rules {

bool took_part(const Proposal& p, std::string_view group_id) {
  for (const Activity& activity : items(p.how->activities))
    for (const Text& id : items(activity.groups))
      if (id.given() && *id == group_id) return true;
  return false;
}

std::vector<const Group*> participating_groups(const Proposal& p) {
  std::vector<const Group*> out;
  for (const Group& group : items(p.who->groups))
    if (group.id.given() && took_part(p, *group.id)) out.push_back(&group);
  return out;
}

}  // namespace coprod::rules
