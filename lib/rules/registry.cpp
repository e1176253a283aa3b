#include "rules/registry.h"

#include <algorithm>

// The board-assurance rules (RULES.md), one line each, in checklist order.
// Adding a rule: its file in board_assurance/, its test fixtures in
// tests/rules/<id>/, and one line here.
#define COPROD_BOARD_ASSURANCE_RULES(RULE)   \
  RULE(activities_before_redesign)           \
  RULE(who_lived_experience)                 \
  RULE(assurance_satisfied)                  \
  RULE(integrity_personal_data)

namespace coprod::rules {
#define COPROD_DECLARE(name) extern const Rule name;
COPROD_BOARD_ASSURANCE_RULES(COPROD_DECLARE)
#undef COPROD_DECLARE
}  // namespace coprod::rules

namespace coprod {
namespace {
#define COPROD_ADDRESS(name) &rules::name,
constexpr const Rule* kRules[] = {COPROD_BOARD_ASSURANCE_RULES(COPROD_ADDRESS)};
#undef COPROD_ADDRESS
}  // namespace

std::span<const Rule* const> all_rules() { return kRules; }

const Rule* find_rule(std::string_view id) {
  for (const Rule* rule : kRules)
    if (rule->id == id) return rule;
  return nullptr;
}

std::vector<std::string_view> rule_ids() {
  std::vector<std::string_view> ids;
  ids.reserve(std::size(kRules));
  for (const Rule* rule : kRules) ids.push_back(rule->id);
  return ids;
}

}  // namespace coprod
