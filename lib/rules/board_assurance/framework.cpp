// The board-assurance framework: the masterclass checklist (docs/rules.md).
// Adding a rule: its file here, its test fixtures in tests/rules/<id>/, and
// one line in the list below, in checklist order.
#include "rules/board_assurance/items.h"
#include "rules/framework.h"

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
  RULE(how_proportionate)                    \
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
  RULE(evaluation_harm)                      \
  RULE(evaluation_improvements)              \
  RULE(assurance_satisfied)                  \
  RULE(assurance_dissent)                    \
  RULE(assurance_concerns_answered)          \
  RULE(assurance_urgent_decision)            \
  RULE(assurance_board_ownership)            \
  RULE(assurance_full_board)                 \
  RULE(assurance_lived_experience_sign_off)  \
  RULE(assurance_every_voice)                \
  RULE(origin_sources)

namespace coprod::rules {

#define COPROD_DECLARE(name) extern const Rule name;
COPROD_BOARD_ASSURANCE_RULES(COPROD_DECLARE)
#undef COPROD_DECLARE

namespace board {
const ItemInfo activities{"activities", 1, "Co-production activities, before and after redesign"};
const ItemInfo who{"who", 2, "Who?"};
const ItemInfo how{"how", 3, "How?"};
const ItemInfo outcomes{"outcomes", 4, "Outcomes?"};
const ItemInfo questions{"questions", 5, "New unexpected questions to explore?"};
const ItemInfo continuation{"continuation", 6,
                            "How will co-production continue in implementation and evaluation?"};
const ItemInfo evaluation{"evaluation", 7, "Evaluation of the co-production process"};
const ItemInfo assurance{"assurance", 8, "Assurance"};
}  // namespace board

namespace {
constexpr const ItemInfo* kBoardItems[] = {&board::activities, &board::who, &board::how,
                                           &board::outcomes, &board::questions,
                                           &board::continuation, &board::evaluation,
                                           &board::assurance};
// The appendix shows each item beside the part of the proposal it asks
// about; the activities beside the rest of `how`.
constexpr AppendixPlace kBoardAppendix[] = {
    {&board::activities, "how"},      {&board::who, "who"},
    {&board::how, "how"},             {&board::outcomes, "outcomes"},
    {&board::questions, "questions"}, {&board::continuation, "continuation"},
    {&board::evaluation, "evaluation"}, {&board::assurance, "assurance"}};
#define COPROD_ADDRESS(name) &name,
constexpr const Rule* kBoardRules[] = {COPROD_BOARD_ASSURANCE_RULES(COPROD_ADDRESS)};
#undef COPROD_ADDRESS
}  // namespace

extern const Framework board_assurance{
    .id = "board-assurance",
    .title = "Board assurance",
    .in_text = "board assurance",
    .question = "Was the proposal co-produced, as the board checklist asks?",
    .items = kBoardItems,
    .rules = kBoardRules,
    .words = {.assured = "Assured — ready for board",
              .conditional = "Proceed with conditions",
              .do_not_proceed = "Do not proceed"},
    .sources = "The quotes are from the slides of the masterclass “Bringing communities to the "
               "centre of decision-making” (NHS England and NHS Improvement with the NHS "
               "Confederation, 28 June 2022); their text is in "
               "[sources/masterclass-coproduction-2022.txt](sources/masterclass-coproduction-2022.txt).",
    .cite = "slide “{}”",
    .citation = "slide “{}”, from the masterclass “Bringing communities to the centre of "
                "decision-making” (NHS England and NHS Improvement with the NHS Confederation, "
                "28 June 2022)",
    .preface = "",
    .caution = "",
    .appendix = kBoardAppendix,
    .checked_as = "the board assurance rules, version 2",
};

}  // namespace coprod::rules
