// Every framework and rule coprod knows (docs/sources/frameworks.md).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "rules/framework.h"
#include "rules/rule.h"

namespace coprod {

// Every framework, board-assurance (the default) first.
std::span<const Framework* const> frameworks();
const Framework& default_framework();
// nullptr for an id no framework has.
const Framework* find_framework(std::string_view id);
std::vector<std::string_view> framework_ids();

// The shared integrity rules, evaluated once whatever the selection.
std::span<const Rule* const> integrity_rules();

// Every rule: each framework's in turn, then the integrity rules.
std::span<const Rule* const> all_rules();

// nullptr for an id no rule has.
const Rule* find_rule(std::string_view id);

std::vector<std::string_view> rule_ids();

// The framework a rule belongs to; the integrity rules belong to the default.
const Framework& framework_of(const Rule& rule);

bool is_integrity(const Rule& rule);

// The board's absolutes (format::kAbsolutes): "not satisfied" and a recorded
// dissent. Always blocking, never waived, and carried, like the integrity
// rules, by every selection of frameworks.
bool is_absolute(const Rule& rule);
// Whether a waiver may name it (format::kUnwaivable): not an absolute, nor
// the condition on an urgent decision.
bool waivable(const Rule& rule);

// The rules every selection runs and counts besides its frameworks' own:
// the integrity rules, and the absolutes of frameworks not selected.
std::vector<const Rule*> carried_rules(std::span<const Framework* const> selected);

}  // namespace coprod
