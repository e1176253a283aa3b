// What several nhse-principles rules ask of a proposal, beyond the shared
// terms (rules/terms.h) and what the board-assurance rules already share
// (rules/board_assurance/common.h).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "load/proposal.h"

namespace coprod::rules::nhse {

// Whether a group's `roles` include `role`.
bool has_role(const Group& group, Role role);

// Whether any `origin.sources` entry is of one of these kinds.
bool has_source(const Proposal& p, std::initializer_list<SourceKind> kinds);

// The reasons a proposal-wide finding gives, joined for one message: "a; b".
struct Reasons {
  std::string message;
  const Located* where = nullptr;  // what the first reason is about

  void add(const Located& at, std::string_view reason);
  bool empty() const { return message.empty(); }
};

}  // namespace coprod::rules::nhse
