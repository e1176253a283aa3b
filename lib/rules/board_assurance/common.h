// What several board-assurance rules ask of a proposal, beyond the shared
// terms (rules/terms.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "load/proposal.h"
#include "load/vocabulary.h"
#include "rules/rule.h"
#include "rules/terms.h"

namespace coprod::rules {

using vocab::is_after_redesign;
using vocab::is_before_redesign;

// What every rule about the groups that took part needs: `who`, `who.groups`,
// `how` and `how.activities`. True (each reported as not applicable) when one
// of them is marked not applicable, so the rule has nothing to judge.
bool groups_not_applicable(const Proposal& p, Reporter& out);
// What every rule about the activities needs: `how` and `how.activities`.
bool activities_not_applicable(const Proposal& p, Reporter& out);

// The document path of a list entry's key: item_path("who.groups", 2, "paid")
// is "who.groups[2].paid"; with an empty key, "who.groups[2]".
std::string item_path(std::string_view list, std::size_t index, std::string_view key = {});

// The path of an activity's key: "how.activities[2].level".
std::string activity_path(const Terms& terms, const Activity& activity, std::string_view key = {});

// A group kind as a sentence says it: "members of the public".
std::string kind_words(std::string_view kind);

// Names in a list for a message: `"A", "B" and "C"`.
std::string names_of(const std::vector<const Group*>& groups);

}  // namespace coprod::rules
