// The nhse-principles framework: NHS England's 10 principles for working in
// partnership with people and communities (docs/sources/frameworks.md). Guidance, so
// nothing blocks. Adding a rule: its file here, its test fixtures in
// tests/rules/<id>/, and one line in the list below.
#include "rules/framework.h"
#include "rules/nhse_principles/items.h"

#define COPROD_NHSE_PRINCIPLES_RULES(RULE) \
  RULE(nhse_voices_in_governance)          \
  RULE(nhse_public_information)            \
  RULE(nhse_accountable)                   \
  RULE(nhse_early_and_feedback)            \
  RULE(nhse_needs_and_effect)              \
  RULE(nhse_excluded_groups)               \
  RULE(nhse_healthwatch_vcse_partners)     \
  RULE(nhse_community_development)         \
  RULE(nhse_co_produce_redesign)           \
  RULE(nhse_learn_build_assets)

namespace coprod::rules {

#define COPROD_DECLARE(name) extern const Rule name;
COPROD_NHSE_PRINCIPLES_RULES(COPROD_DECLARE)
#undef COPROD_DECLARE

namespace nhse {
const ItemInfo voice{"voice", 1, "Voice and accountability"};
const ItemInfo early{"early", 2, "Start early"};
const ItemInfo communities{"communities", 3, "Communities and partners"};
const ItemInfo co_production{"co-production", 4, "Co-production"};
const ItemInfo learning{"learning", 5, "Learning"};
}  // namespace nhse

namespace {
constexpr const ItemInfo* kNhseItems[] = {&nhse::voice, &nhse::early, &nhse::communities,
                                          &nhse::co_production, &nhse::learning};
#define COPROD_ADDRESS(name) &name,
// Ends with nullptr, left out below, so that the list may be empty.
constexpr const Rule* kNhseRules[] = {COPROD_NHSE_PRINCIPLES_RULES(COPROD_ADDRESS) nullptr};
#undef COPROD_ADDRESS
}  // namespace

extern const Framework nhse_principles{
    .id = "nhse-principles",
    .title = "NHS England principles",
    .in_text = "NHS England principles",
    .question = "Does it meet NHS England's statutory guidance on working with people and "
                "communities?",
    .items = kNhseItems,
    .rules = std::span(kNhseRules).first(std::size(kNhseRules) - 1),
    .words = {.assured = "Meets the principles",
              .conditional = "Partly meets the principles",
              .do_not_proceed = "Does not meet the principles"},
    .sources =
        "NHS England, *Working in partnership with people and communities: statutory guidance* "
        "(2022), gives 10 principles. Their wording is quoted as adopted in the Hertfordshire and "
        "West Essex ICB constitution §9.1.3 (principles 1 to 5) and by NHS Cheshire and "
        "Merseyside, *Involving People and Communities* (principles 6 to 10). Guidance, so no "
        "finding blocks.",
    .cite = "{}",
    .citation = "{}",
    .preface = "",
    .caution = "",
};

}  // namespace coprod::rules
