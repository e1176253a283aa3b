// What several nhse-principles rules ask of a proposal, beyond the shared
// terms (rules/terms.h) and what the board-assurance rules already share
// (rules/board_assurance/common.h).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "load/proposal.h"

namespace coprod::rules::nhse {

// Whether a group's `roles` include `role` ("governance", "partner").
bool has_role(const Group& group, std::string_view role);

// Whether any `origin.sources` entry is of one of these kinds.
bool has_source(const Proposal& p, std::initializer_list<std::string_view> kinds);

// The document path of a group's key: "who.groups[2].roles".
std::string group_path(const Proposal& p, const Group& group, std::string_view key);

// The reasons a proposal-wide finding gives, joined for one message: "a; b".
struct Reasons {
  std::string message;
  Location at;       // where the first reason points
  std::string path;  // and its document path

  void add(Location where, std::string_view where_path, std::string_view reason);
  bool empty() const { return message.empty(); }
};

}  // namespace coprod::rules::nhse
