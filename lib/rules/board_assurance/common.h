// What several board-assurance rules ask of a proposal.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "load/proposal.h"
#include "load/vocabulary.h"
#include "rules/rule.h"

namespace coprod::rules {

// People who use services and their communities: the voices co-production is for.
inline bool is_lived_experience(std::string_view kind) {
  return kind == "lived-experience" || kind == "carers" || kind == "community";
}

// A group whose voice co-production is for (lived experience, carers or a
// community); false for no group at all, as when an id names none.
inline bool has_lived_experience(const Group* group) {
  return group != nullptr && group->kind.given() && is_lived_experience(*group->kind);
}

using vocab::is_after_redesign;
using vocab::is_before_redesign;

// The groups that took part in at least one activity, in the order defined.
std::vector<const Group*> participating_groups(const Proposal& p);

// Did a group of one of these kinds take part in any activity?
bool kind_took_part(const Proposal& p, std::initializer_list<std::string_view> kinds);

// What every rule about the groups that took part needs: `who`, `who.groups`,
// `how` and `how.activities`. True (each reported as not applicable) when one
// of them is marked not applicable, so the rule has nothing to judge.
bool groups_not_applicable(const Proposal& p, Reporter& out);

// The ids defined in `who.groups` and `how.activities`: what a reference may
// name, and what "did you mean" chooses from.
std::vector<std::string_view> group_ids(const Proposal& p);
std::vector<std::string_view> activity_ids(const Proposal& p);

// A group or activity as a message names it: "the group `Healthwatch Knowsley`
// (healthwatch)", "the activity `Open Space`". Readers know names, not ids.
std::string named(const Group& group);
std::string named(const Activity& activity);

// The document path of a list entry's key: item_path("who.groups", 2, "paid")
// is "who.groups[2].paid"; with an empty key, "who.groups[2]".
std::string item_path(std::string_view list, std::size_t index, std::string_view key = {});

}  // namespace coprod::rules
