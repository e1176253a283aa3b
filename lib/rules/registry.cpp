#include "rules/registry.h"

#include <algorithm>

// The board-assurance rules (RULES.md), one line each, in checklist order.
// Adding a rule: its file in board_assurance/, its test fixtures in
// tests/rules/<id>/, and one line here.
#define COPROD_BOARD_ASSURANCE_RULES(RULE)   \
  RULE(activities_before_redesign)           \
  RULE(activities_after_redesign)            \
  RULE(activities_evidenced)                 \
  RULE(activities_before_board)              \
  RULE(who_lived_experience)                 \
  RULE(who_range_of_voices)                  \
  RULE(who_inequalities)                     \
  RULE(who_vcse_healthwatch)                 \
  RULE(who_paid)                             \
  RULE(who_system_levels)                    \
  RULE(how_earliest_stage)                   \
  RULE(how_co_production_level)              \
  RULE(how_level_plausible)                  \
  RULE(how_decision_open)                    \
  RULE(how_commitments_stated)               \
  RULE(how_power_sharing)                    \
  RULE(how_methods)                          \
  RULE(how_accessibility)                    \
  RULE(outcomes_changes)                     \
  RULE(outcomes_measures)                    \
  RULE(outcomes_real_life)                   \
  RULE(outcomes_domains)                     \
  RULE(outcomes_inequalities)                \
  RULE(outcomes_feedback)                    \
  RULE(outcomes_not_adopted)                 \
  RULE(questions_explored)                   \
  RULE(continuation_implementation)          \
  RULE(continuation_evaluation)              \
  RULE(evaluation_process)                   \
  RULE(evaluation_improvements)              \
  RULE(assurance_satisfied)                  \
  RULE(assurance_dissent)                    \
  RULE(assurance_board_ownership)            \
  RULE(assurance_full_board)                 \
  RULE(assurance_lived_experience_sign_off)  \
  RULE(assurance_every_voice)                \
  RULE(origin_sources)                       \
  RULE(integrity_personal_data)              \
  RULE(integrity_hidden_characters)          \
  RULE(integrity_waivers)

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
