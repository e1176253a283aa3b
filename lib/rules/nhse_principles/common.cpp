#include "rules/nhse_principles/common.h"

#include "rules/board_assurance/common.h"

namespace coprod::rules::nhse {

bool has_role(const Group& group, Role role) {
  for (const Field<Role>& r : items(group.roles))
    if (r.is(role)) return true;
  return false;
}

bool has_source(const Proposal& p, std::initializer_list<SourceKind> kinds) {
  if (!p.origin.given()) return false;
  for (const Source& s : items(p.origin->sources))
    for (SourceKind kind : kinds)
      if (s.kind.is(kind)) return true;
  return false;
}

void Reasons::add(const Located& at, std::string_view reason) {
  if (message.empty()) {
    where = &at;
  } else {
    message += "; ";
  }
  message += reason;
}

}  // namespace coprod::rules::nhse
