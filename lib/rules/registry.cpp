#include "rules/registry.h"

#include <algorithm>
#include <iterator>

#include "load/schema.h"

// The frameworks, one line each, and the integrity rules every framework shares.
// Adding a framework: its folder under lib/rules/ (items.h, framework.cpp and
// a file per rule) and one line here.
#define COPROD_FRAMEWORKS(FRAMEWORK) \
  FRAMEWORK(board_assurance)         \
  FRAMEWORK(legal_duties)            \
  FRAMEWORK(nhse_principles)

#define COPROD_INTEGRITY_RULES(RULE) \
  RULE(integrity_personal_data)      \
  RULE(integrity_hidden_characters)  \
  RULE(integrity_waivers)

namespace coprod {

const ItemInfo kIntegrity{"integrity", 0, "Integrity"};

namespace rules {
#define COPROD_DECLARE_FRAMEWORK(name) extern const Framework name;
COPROD_FRAMEWORKS(COPROD_DECLARE_FRAMEWORK)
#undef COPROD_DECLARE_FRAMEWORK
#define COPROD_DECLARE_RULE(name) extern const Rule name;
COPROD_INTEGRITY_RULES(COPROD_DECLARE_RULE)
#undef COPROD_DECLARE_RULE
}  // namespace rules

namespace {
#define COPROD_ADDRESS(name) &rules::name,
constexpr const Framework* kFrameworks[] = {COPROD_FRAMEWORKS(COPROD_ADDRESS)};
constexpr const Rule* kIntegrityRules[] = {COPROD_INTEGRITY_RULES(COPROD_ADDRESS)};
#undef COPROD_ADDRESS

const std::vector<const Rule*>& every_rule() {
  static const std::vector<const Rule*> rules = [] {
    std::vector<const Rule*> out;
    for (const Framework* f : kFrameworks) out.insert(out.end(), f->rules.begin(), f->rules.end());
    out.insert(out.end(), std::begin(kIntegrityRules), std::end(kIntegrityRules));
    return out;
  }();
  return rules;
}
}  // namespace

std::span<const Framework* const> frameworks() { return kFrameworks; }

const Framework& default_framework() { return *kFrameworks[0]; }

const Framework* find_framework(std::string_view id) {
  for (const Framework* f : kFrameworks)
    if (f->id == id) return f;
  return nullptr;
}

std::vector<std::string_view> framework_ids() {
  std::vector<std::string_view> ids;
  for (const Framework* f : kFrameworks) ids.push_back(f->id);
  return ids;
}

std::vector<const ItemInfo*> checklist(const Framework& framework) {
  std::vector<const ItemInfo*> items(framework.items.begin(), framework.items.end());
  items.push_back(&kIntegrity);
  return items;
}

std::span<const Rule* const> integrity_rules() { return kIntegrityRules; }

std::span<const Rule* const> all_rules() { return every_rule(); }

const Rule* find_rule(std::string_view id) {
  for (const Rule* rule : every_rule())
    if (rule->id == id) return rule;
  return nullptr;
}

std::vector<std::string_view> rule_ids() {
  std::vector<std::string_view> ids;
  for (const Rule* rule : every_rule()) ids.push_back(rule->id);
  return ids;
}

bool is_integrity(const Rule& rule) { return rule.item == &kIntegrity; }

bool is_absolute(const Rule& rule) {
  return std::find(std::begin(format::kAbsolutes), std::end(format::kAbsolutes), rule.id) !=
         std::end(format::kAbsolutes);
}

bool waivable(const Rule& rule) {
  return std::find(std::begin(format::kUnwaivable), std::end(format::kUnwaivable), rule.id) ==
         std::end(format::kUnwaivable);
}

std::vector<const Rule*> carried_rules(std::span<const Framework* const> selected) {
  std::vector<const Rule*> out;
  for (const Framework* f : kFrameworks) {
    if (std::find(selected.begin(), selected.end(), f) != selected.end()) continue;
    for (const Rule* rule : f->rules)
      if (is_absolute(*rule)) out.push_back(rule);
  }
  out.insert(out.end(), std::begin(kIntegrityRules), std::end(kIntegrityRules));
  return out;
}

const Framework& framework_of(const Rule& rule) {
  for (const Framework* f : kFrameworks)
    if (std::find(f->rules.begin(), f->rules.end(), &rule) != f->rules.end()) return *f;
  return default_framework();
}

}  // namespace coprod
