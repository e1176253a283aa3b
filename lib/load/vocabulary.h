// The closed lists of values the proposal format accepts (FORMAT.md).
#pragma once

#include <cstddef>
#include <iterator>
#include <string_view>

#include "core/suggest.h"

namespace coprod::vocab {

inline constexpr std::string_view kProposalSystemLevels[] = {
    "ics", "place", "pcn", "provider", "commissioner", "national"};
inline constexpr std::string_view kSourceKinds[] = {
    "previous-work", "survey",         "forum",         "network",
    "incident",      "quality",        "segmented-data", "public-health",
    "complaints",    "feedback",       "patient-stories", "community"};
inline constexpr std::string_view kSystemLevels[] = {
    "ics", "place", "pcn", "provider", "commissioner", "local-authority", "national"};
inline constexpr std::string_view kGroupKinds[] = {
    "lived-experience", "carers", "community",      "vcse",  "healthwatch",
    "staff",            "clinical", "system-partner", "public"};
inline constexpr std::string_view kCommunities[] = {
    "core20",  "ethnic-minorities", "inclusion-health", "learning-disability-autism",
    "coastal", "rural",             "refugees-asylum-seekers", "gypsy-roma-traveller",
    "lgbtq",   "disabled",          "older-people",     "children-young-people",
    "carers",  "homeless",          "other"};
inline constexpr std::string_view kReachedVia[] = {"formal", "informal", "both"};
// `paid`: YAML's true and false, or how else time was (or was not) paid for.
inline constexpr std::string_view kPaid[] = {"true", "false", "declined", "expenses-only"};
inline constexpr std::string_view kCommitmentKinds[] = {"solution", "constraint"};
inline constexpr std::string_view kMethods[] = {
    "always-events", "ebcd",       "open-space",   "appreciative-inquiry", "storytelling",
    "co-design-group", "workshop", "world-cafe",   "focus-group",          "interviews",
    "peer-research", "citizens-panel", "survey",   "consultation",         "other"};
// In time order: the first two are before the redesign, the rest after.
inline constexpr std::string_view kStages[] = {
    "problem-definition", "design", "testing", "delivery", "evaluation"};
// The ladder of co-production, lowest rung first.
inline constexpr std::string_view kLevels[] = {
    "coercion", "educating", "informing", "consultation", "engagement", "co-design",
    "co-production"};

// Whether an activity at this stage came before the redesign (or after it).
constexpr bool is_before_redesign(std::string_view stage) {
  return stage == kStages[0] || stage == kStages[1];
}
constexpr bool is_after_redesign(std::string_view stage) {
  return stage == kStages[2] || stage == kStages[3] || stage == kStages[4];
}

// A level's height on the ladder of co-production (0 for coercion); -1 for
// a word that is not a level.
constexpr int rung(std::string_view level) {
  for (std::size_t i = 0; i < std::size(kLevels); ++i)
    if (kLevels[i] == level) return static_cast<int>(i);
  return -1;
}

inline constexpr std::string_view kDomains[] = {"access", "experience", "outcomes"};
inline constexpr std::string_view kEvaluators[] = {"independent", "internal", "participants", "joint"};
inline constexpr std::string_view kOwnership[] = {"full-board", "committee", "single-director"};

// Added for frameworks (FRAMEWORKS.md "Format additions").
// The body that takes the decision, which says which duty to involve applies:
// `trust` is an NHS trust or an NHS foundation trust.
inline constexpr std::string_view kBodies[] = {"icb", "trust", "nhs-england", "local-authority",
                                               "other"};
// What part a group plays: sits where decisions are taken, co-leads the work,
// or takes part in it.
inline constexpr std::string_view kRoles[] = {"governance", "partner", "participant"};
inline constexpr std::string_view kRelationships[] = {"one-off", "ongoing"};
inline constexpr std::string_view kPublicationCovers[] = {"plans", "progress", "you-said-we-did"};
inline constexpr std::string_view kPublicationFormats[] = {
    "easy-read", "plain-language", "large-print", "audio", "bsl", "translation"};

// What people write for a value in the lists above, for "did you mean":
// each applies only where its value is allowed.
inline constexpr Synonym kSynonyms[] = {
    {"voluntary", "vcse"},           {"charity", "vcse"},
    {"third sector", "vcse"},        {"social enterprise", "vcse"},
    {"patient", "lived-experience"}, {"service user", "lived-experience"},
    {"lived", "lived-experience"},   {"employee", "staff"},
    {"workforce", "staff"},          {"clinician", "clinical"},
    {"doctor", "clinical"},          {"nurse", "clinical"},
    {"family", "carers"},            {"resident", "public"},
    {"questionnaire", "survey"},     {"experience based", "ebcd"},
    {"yes", "true"},                 {"no", "false"},
    // The deciding body.
    {"integrated care board", "icb"}, {"foundation trust", "trust"},
    {"nhse", "nhs-england"},          {"nhsei", "nhs-england"},
    {"council", "local-authority"},   {"local government", "local-authority"},
    // A group's part and the relationship with it.
    {"board", "governance"},          {"committee", "governance"},
    {"steering group", "governance"}, {"co-lead", "partner"},
    {"continuing", "ongoing"},        {"long-term", "ongoing"},
    {"once", "one-off"},
    // What the public information covers, and its formats.
    {"sign language", "bsl"},         {"plain english", "plain-language"},
    {"translated", "translation"},    {"other languages", "translation"},
};

}  // namespace coprod::vocab
