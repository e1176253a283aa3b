#include "rules/nhse_principles/common.h"

#include "rules/board_assurance/common.h"

namespace coprod::rules::nhse {

bool has_role(const Group& group, std::string_view role) {
  for (const Text& r : items(group.roles))
    if (r.given() && *r == role) return true;
  return false;
}

bool has_source(const Proposal& p, std::initializer_list<std::string_view> kinds) {
  if (!p.origin.given()) return false;
  for (const Source& s : items(p.origin->sources))
    for (std::string_view kind : kinds)
      if (s.kind.given() && *s.kind == kind) return true;
  return false;
}

std::string group_path(const Proposal& p, const Group& group, std::string_view key) {
  return item_path("who.groups", std::size_t(&group - items(p.who->groups).data()), key);
}

void Reasons::add(Location where, std::string_view where_path, std::string_view reason) {
  if (message.empty()) {
    at = where;
    path = where_path;
  } else {
    message += "; ";
  }
  message += reason;
}

}  // namespace coprod::rules::nhse
