// The crosswalk (docs/sources/frameworks.md): the board-assurance rules that also serve an
// item of another framework. Shown beside a finding when that framework is
// selected ("also: legal-duties/consultation"); it never changes a verdict.
#pragma once

#include <span>
#include <vector>

#include "rules/framework.h"
#include "rules/rule.h"

namespace coprod {

struct AlsoServes {
  const Framework* framework;
  const ItemInfo* item;
};

// Where `rule` also serves, among the `selected` frameworks, in their order.
std::vector<AlsoServes> also_serves(const Rule& rule, std::span<const Framework* const> selected);

// The whole table, for tests and the catalogue: each entry a framework's item
// and the ids of the rules that also serve it.
struct CrosswalkEntry {
  std::string_view framework, item;
  std::string_view rules;  // rule ids, separated by spaces
};
std::span<const CrosswalkEntry> crosswalk();

}  // namespace coprod
