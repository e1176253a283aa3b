// Every rule coprod knows, in the order a board paper shows them.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace coprod {

std::span<const Rule* const> all_rules();

// nullptr for an id no rule has.
const Rule* find_rule(std::string_view id);

std::vector<std::string_view> rule_ids();

}  // namespace coprod
