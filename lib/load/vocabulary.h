// The closed lists of values the proposal format accepts (docs/format.md),
// each said once: a C++ enumeration, the word a proposal writes, how a label
// shows it ("Voluntary, community and social enterprise") and how a sentence
// says it ("voluntary and community organisations"). Code compares the
// enumerators, so a value not in a list cannot be written in code; the
// loader, `coprod schema`, `coprod init`, the renderers and the browser form
// read the words from here.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/suggest.h"

namespace coprod {

namespace vocab {

// One value of a list.
struct Word {
  std::string_view id;      // as the file writes it: "lived-experience"
  std::string_view label;   // as a table or a form shows it: "Lived experience"
  std::string_view phrase;  // as a sentence says it: "people with lived experience"
  std::string_view means;   // what it means, where the word alone does not say: help, docs, the form
};

// The list of enumeration E: its noun ("group kind"), its words in enumerator
// order, and the ids alone (for suggestions and schemas).
template <class E>
struct List;

}  // namespace vocab

// Declares `enum class Type` and its list from LIST(X), where each
// X(enumerator, id, label, phrase, means) is one value; an empty phrase is
// the label in lower case.
#define COPROD_VOCAB_ENUMERATOR(name, id, label, phrase, means) name,
#define COPROD_VOCAB_WORD(name, id, label, phrase, means) ::coprod::vocab::Word{id, label, phrase, means},
#define COPROD_VOCAB_ID(name, id, label, phrase, means) std::string_view{id},
#define COPROD_VOCABULARY(Type, Noun, LIST)                                                        \
  enum class Type { LIST(COPROD_VOCAB_ENUMERATOR) };                                               \
  template <>                                                                                      \
  struct vocab::List<Type> {                                                                       \
    static constexpr std::string_view noun = Noun;                                                 \
    static constexpr vocab::Word words[] = {LIST(COPROD_VOCAB_WORD)};                              \
    static constexpr std::string_view ids[] = {LIST(COPROD_VOCAB_ID)};                             \
  };

// Where a decision sits, or a level of the system involved.
#define COPROD_SYSTEM_LEVELS(X)                                                                    \
  X(ics, "ics", "Integrated care system", "the integrated care system", "")                        \
  X(place, "place", "Place", "place", "")                                                          \
  X(pcn, "pcn", "Primary care network", "a primary care network", "")                              \
  X(provider, "provider", "Provider", "a provider", "")                                            \
  X(commissioner, "commissioner", "Commissioner", "a commissioner", "")                            \
  X(local_authority, "local-authority", "Local authority", "a local authority", "")                \
  X(national, "national", "National", "national", "")
COPROD_VOCABULARY(SystemLevel, "system level", COPROD_SYSTEM_LEVELS)

#define COPROD_SOURCE_KINDS(X)                                                                     \
  X(previous_work, "previous-work", "Previous work", "", "")                                       \
  X(survey, "survey", "Survey", "", "")                                                            \
  X(forum, "forum", "Forum", "", "")                                                               \
  X(network, "network", "Network", "", "")                                                         \
  X(incident, "incident", "Incident", "", "")                                                      \
  X(quality, "quality", "Quality", "", "")                                                         \
  X(segmented_data, "segmented-data", "Segmented data", "", "")                                    \
  X(public_health, "public-health", "Public health", "", "")                                       \
  X(complaints, "complaints", "Complaints", "", "")                                                \
  X(feedback, "feedback", "Feedback", "", "")                                                      \
  X(patient_stories, "patient-stories", "Patient stories", "", "")                                 \
  X(community, "community", "Community", "", "")
COPROD_VOCABULARY(SourceKind, "source kind", COPROD_SOURCE_KINDS)

#define COPROD_GROUP_KINDS(X)                                                                      \
  X(lived_experience, "lived-experience", "Lived experience", "people with lived experience", "")  \
  X(carers, "carers", "Carers", "carers", "")                                                      \
  X(community, "community", "Community", "community members", "")                                  \
  X(vcse, "vcse", "Voluntary, community and social enterprise",                                    \
    "voluntary and community organisations", "")                                                   \
  X(healthwatch, "healthwatch", "Healthwatch", "Healthwatch", "")                                  \
  X(staff, "staff", "Staff", "staff", "")                                                          \
  X(clinical, "clinical", "Clinical", "clinicians", "")                                            \
  X(system_partner, "system-partner", "System partner", "system partners", "")                     \
  X(public_, "public", "Public", "members of the public", "")
COPROD_VOCABULARY(GroupKind, "group kind", COPROD_GROUP_KINDS)

#define COPROD_COMMUNITIES(X)                                                                      \
  X(core20, "core20", "Core20", "", "")                                                            \
  X(ethnic_minorities, "ethnic-minorities", "Ethnic minorities", "", "")                           \
  X(inclusion_health, "inclusion-health", "Inclusion health", "", "")                              \
  X(learning_disability_autism, "learning-disability-autism",                                      \
    "Learning disability and autism", "", "")                                                      \
  X(coastal, "coastal", "Coastal", "", "")                                                         \
  X(rural, "rural", "Rural", "", "")                                                               \
  X(refugees_asylum_seekers, "refugees-asylum-seekers",                                            \
    "Refugees and people seeking asylum", "", "")                                                  \
  X(gypsy_roma_traveller, "gypsy-roma-traveller", "Gypsy, Roma and Traveller", "", "")             \
  X(lgbtq, "lgbtq", "LGBTQ+", "", "")                                                              \
  X(disabled, "disabled", "Disabled", "", "")                                                      \
  X(older_people, "older-people", "Older people", "", "")                                          \
  X(children_young_people, "children-young-people", "Children young people", "", "")               \
  X(carers, "carers", "Carers", "", "")                                                            \
  X(homeless, "homeless", "Homeless", "", "")                                                      \
  X(other, "other", "Other", "", "")
COPROD_VOCABULARY(Community, "community", COPROD_COMMUNITIES)

#define COPROD_ROUTES(X)                                                                           \
  X(formal, "formal", "Formal", "", "")                                                            \
  X(informal, "informal", "Informal", "", "")                                                      \
  X(both, "both", "Both", "", "")
COPROD_VOCABULARY(ReachedVia, "route", COPROD_ROUTES)

// `paid`: YAML's true and false, or how else time was (or was not) paid for.
#define COPROD_PAID(X)                                                                             \
  X(yes, "true", "Yes", "paid for their time", "paid for their time")                              \
  X(no, "false", "No", "not paid for their time", "not paid")                                      \
  X(declined, "declined", "Offered, declined", "offered payment and declined it", "payment was offered and declined") \
  X(expenses_only, "expenses-only", "Expenses only", "paid their expenses but not their time", "costs reimbursed, time not paid")
COPROD_VOCABULARY(Paid, "answer", COPROD_PAID)

#define COPROD_COMMITMENT_KINDS(X)                                                                 \
  X(solution, "solution", "A solution already chosen", "a solution already chosen", "the service model, supplier, site or design was already chosen") \
  X(constraint, "constraint", "A constraint on the options", "a constraint", "a budget, a national mandate or a legal requirement: it limits the options but leaves the solution open")
COPROD_VOCABULARY(CommitmentKind, "kind of commitment", COPROD_COMMITMENT_KINDS)

#define COPROD_METHODS(X)                                                                          \
  X(always_events, "always-events", "Always events", "", "")                                       \
  X(ebcd, "ebcd", "Experience-based co-design", "experience-based co-design", "experience-based co-design") \
  X(open_space, "open-space", "Open space", "", "")                                                \
  X(appreciative_inquiry, "appreciative-inquiry", "Appreciative inquiry", "", "")                  \
  X(storytelling, "storytelling", "Storytelling", "", "")                                          \
  X(co_design_group, "co-design-group", "Co-design group", "a co-design group", "")                \
  X(workshop, "workshop", "Workshop", "a workshop", "")                                            \
  X(world_cafe, "world-cafe", "World cafe", "a world cafe", "")                                    \
  X(focus_group, "focus-group", "Focus group", "a focus group", "")                                \
  X(interviews, "interviews", "Interviews", "interviews", "")                                      \
  X(peer_research, "peer-research", "Peer research", "", "")                                       \
  X(citizens_panel, "citizens-panel", "Citizens panel", "a citizens panel", "")                    \
  X(survey, "survey", "Survey", "a survey", "")                                                    \
  X(consultation, "consultation", "Consultation", "a consultation", "")                            \
  X(other, "other", "Other", "another method", "")
COPROD_VOCABULARY(Method, "method", COPROD_METHODS)

// In time order: the first two are before the redesign, the rest after.
#define COPROD_STAGES(X)                                                                           \
  X(problem_definition, "problem-definition", "Problem definition", "defining the problem", "before the redesign") \
  X(design, "design", "Design", "designing the service", "before the redesign")                    \
  X(testing, "testing", "Testing", "testing it", "after the redesign")                             \
  X(delivery, "delivery", "Delivery", "delivering it", "after the redesign")                       \
  X(evaluation, "evaluation", "Evaluation", "evaluating it", "after the redesign")
COPROD_VOCABULARY(Stage, "stage", COPROD_STAGES)

// The ladder of co-production, lowest rung first.
#define COPROD_LEVELS(X)                                                                           \
  X(coercion, "coercion", "Coercion", "", "")                                                      \
  X(educating, "educating", "Educating", "", "")                                                   \
  X(informing, "informing", "Informing", "", "")                                                   \
  X(consultation, "consultation", "Consultation", "", "")                                          \
  X(engagement, "engagement", "Engagement", "", "")                                                \
  X(co_design, "co-design", "Co-design", "", "")                                                   \
  X(co_production, "co-production", "Co-production", "", "")
COPROD_VOCABULARY(Level, "level", COPROD_LEVELS)

#define COPROD_DOMAINS(X)                                                                          \
  X(access, "access", "Access", "", "")                                                            \
  X(experience, "experience", "Experience", "", "")                                                \
  X(outcomes, "outcomes", "Outcomes", "", "")
COPROD_VOCABULARY(Domain, "domain", COPROD_DOMAINS)

#define COPROD_EVALUATORS(X)                                                                       \
  X(independent, "independent", "Independent", "", "")                                             \
  X(internal, "internal", "Internal", "", "")                                                      \
  X(participants, "participants", "Participants", "", "")                                          \
  X(joint, "joint", "Joint", "", "")
COPROD_VOCABULARY(Evaluator, "evaluator", COPROD_EVALUATORS)

#define COPROD_OWNERSHIP(X)                                                                        \
  X(full_board, "full-board", "The full board", "the full board", "")                              \
  X(committee, "committee", "Committee", "a committee of the board", "")                           \
  X(single_director, "single-director", "Single director", "a single director", "")
COPROD_VOCABULARY(Ownership, "ownership", COPROD_OWNERSHIP)

// The body that takes the decision, which says which duty to involve applies:
// `trust` is an NHS trust or an NHS foundation trust.
#define COPROD_BODIES(X)                                                                           \
  X(icb, "icb", "Integrated care board", "an integrated care board", "an integrated care board (NHS Act 2006 s.14Z45)") \
  X(trust, "trust", "NHS trust or foundation trust", "an NHS trust or foundation trust", "an NHS trust or NHS foundation trust (s.242)") \
  X(nhs_england, "nhs-england", "NHS England", "NHS England", "NHS England (s.13Q)")               \
  X(local_authority, "local-authority", "Local authority", "a local authority", "a council")       \
  X(other, "other", "Other", "a body other than the NHS or a local authority", "anyone else")
COPROD_VOCABULARY(Body, "deciding body", COPROD_BODIES)

// What part a group plays: sits where decisions are taken, co-leads the work,
// or takes part in it.
#define COPROD_ROLES(X)                                                                            \
  X(governance, "governance", "Governance", "", "its members sit where decisions are taken: a board, a programme board, a steering group") \
  X(partner, "partner", "Partner", "", "it co-leads the work with the organisation")               \
  X(participant, "participant", "Participant", "", "it takes part")
COPROD_VOCABULARY(Role, "role", COPROD_ROLES)

#define COPROD_RELATIONSHIPS(X)                                                                    \
  X(one_off, "one-off", "One-off", "", "for this proposal only")                                   \
  X(ongoing, "ongoing", "Ongoing", "", "the work with the group continues beyond this proposal")
COPROD_VOCABULARY(Relationship, "relationship", COPROD_RELATIONSHIPS)

#define COPROD_PUBLICATION_COVERS(X)                                                               \
  X(plans, "plans", "Plans", "", "")                                                               \
  X(progress, "progress", "Progress", "", "")                                                      \
  X(you_said_we_did, "you-said-we-did", "You said, we did", "", "")
COPROD_VOCABULARY(PublicationCover, "subject", COPROD_PUBLICATION_COVERS)

#define COPROD_PUBLICATION_FORMATS(X)                                                              \
  X(easy_read, "easy-read", "Easy read", "", "")                                                   \
  X(plain_language, "plain-language", "Plain language", "", "")                                    \
  X(large_print, "large-print", "Large print", "", "")                                             \
  X(audio, "audio", "Audio", "", "")                                                               \
  X(bsl, "bsl", "British Sign Language", "British Sign Language", "British Sign Language")         \
  X(translation, "translation", "Translation", "", "other languages")
COPROD_VOCABULARY(PublicationFormat, "format", COPROD_PUBLICATION_FORMATS)

#undef COPROD_VOCABULARY

namespace vocab {

template <class E>
constexpr std::span<const Word> words() {
  return List<E>::words;
}
template <class E>
constexpr std::span<const std::string_view> ids() {
  return List<E>::ids;
}
template <class E>
constexpr const Word& word(E value) {
  return List<E>::words[static_cast<std::size_t>(value)];
}
// As the file writes it.
template <class E>
constexpr std::string_view id(E value) {
  return word(value).id;
}
template <class E>
constexpr std::string_view label(E value) {
  return word(value).label;
}
// As a sentence says it: its phrase, else its label in lower case.
template <class E>
std::string phrase(E value) {
  const Word& w = word(value);
  if (!w.phrase.empty()) return std::string(w.phrase);
  std::string out(w.label);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = char(out[0] - 'A' + 'a');
  return out;
}
// The value a file's word names; nothing for a word not in the list.
template <class E>
constexpr std::optional<E> parse(std::string_view text) {
  for (std::size_t i = 0; i < std::size(List<E>::ids); ++i)
    if (List<E>::ids[i] == text) return static_cast<E>(i);
  return std::nullopt;
}
// How many values the list has.
template <class E>
constexpr std::size_t count() {
  return std::size(List<E>::ids);
}

// Every value, in the list's order.
template <class E>
constexpr std::array<E, count<E>()> all() {
  std::array<E, count<E>()> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<E>(i);
  return out;
}

// A level's height on the ladder of co-production: 0 for coercion.
constexpr int rung(Level level) { return static_cast<int>(level); }
constexpr Level level_at(int rung) { return static_cast<Level>(rung); }

// Whether an activity at this stage came before the redesign (or after it).
constexpr bool is_before_redesign(Stage stage) { return stage <= Stage::design; }
constexpr bool is_after_redesign(Stage stage) { return stage >= Stage::testing; }

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

}  // namespace vocab
}  // namespace coprod
