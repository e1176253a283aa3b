// What several board-assurance rules ask of a proposal.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "load/proposal.h"

namespace coprod::rules {

// People who use services and their communities: the voices co-production is for.
inline bool is_lived_experience(std::string_view kind) {
  return kind == "lived-experience" || kind == "carers" || kind == "community";
}

inline bool is_before_redesign(std::string_view stage) {
  return stage == "problem-definition" || stage == "design";
}

// Did the group with this id take part in any activity?
bool took_part(const Proposal& p, std::string_view group_id);

// The groups that took part in at least one activity, in the order defined.
std::vector<const Group*> participating_groups(const Proposal& p);

// The ids defined in `who.groups` and `how.activities`: what a reference may
// name, and what "did you mean" chooses from.
std::vector<std::string_view> group_ids(const Proposal& p);
std::vector<std::string_view> activity_ids(const Proposal& p);

// The document path of a list's item, or of a key inside it:
// item_path("outcomes.changes", 1, "from") is "outcomes.changes[1].from".
std::string item_path(std::string_view list, std::size_t index, std::string_view key = {});

}  // namespace coprod::rules
