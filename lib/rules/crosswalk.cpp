#include "rules/crosswalk.h"

#include <algorithm>

#include "rules/registry.h"

namespace coprod {
namespace {

// The crosswalk, row by row (docs/sources/frameworks.md).
constexpr CrosswalkEntry kCrosswalk[] = {
    {"legal-duties", "duty",
     "activities-before-redesign activities-before-board who-lived-experience "
     "who-vcse-healthwatch how-earliest-stage"},
    {"legal-duties", "consultation",
     "how-decision-open how-commitments-stated how-accessibility outcomes-changes "
     "outcomes-not-adopted"},
    {"legal-duties", "equality", "who-inequalities outcomes-inequalities"},
    {"nhse-principles", "voice",
     "who-system-levels how-power-sharing assurance-board-ownership assurance-full-board "
     "assurance-lived-experience-sign-off assurance-every-voice outcomes-changes "
     "outcomes-not-adopted"},
    {"nhse-principles", "early", "activities-before-redesign how-earliest-stage outcomes-feedback"},
    {"nhse-principles", "communities",
     "activities-after-redesign outcomes-measures outcomes-real-life continuation-evaluation "
     "origin-sources who-range-of-voices who-inequalities outcomes-inequalities "
     "who-vcse-healthwatch"},
    {"nhse-principles", "co-production",
     "how-methods how-co-production-level how-level-plausible continuation-implementation"},
    {"nhse-principles", "learning", "evaluation-process evaluation-improvements origin-sources"},
};

bool lists(std::string_view ids, std::string_view id) {
  std::size_t start = 0;
  while (start < ids.size()) {
    std::size_t end = ids.find(' ', start);
    if (end == std::string_view::npos) end = ids.size();
    if (ids.substr(start, end - start) == id) return true;
    start = end + 1;
  }
  return false;
}

const ItemInfo* item_of(const Framework& framework, std::string_view id) {
  for (const ItemInfo* item : framework.items)
    if (item->id == id) return item;
  return nullptr;
}

}  // namespace

std::span<const CrosswalkEntry> crosswalk() { return kCrosswalk; }

std::vector<AlsoServes> also_serves(const Rule& rule, std::span<const Framework* const> selected) {
  std::vector<AlsoServes> out;
  const Framework& own = framework_of(rule);
  for (const Framework* framework : selected) {
    if (framework == &own) continue;
    for (const CrosswalkEntry& entry : kCrosswalk) {
      if (entry.framework != framework->id || !lists(entry.rules, rule.id)) continue;
      if (const ItemInfo* item = item_of(*framework, entry.item)) out.push_back({framework, item});
    }
  }
  return out;
}

}  // namespace coprod
