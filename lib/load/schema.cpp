#include "load/schema.h"

#include "load/vocabulary.h"

namespace coprod::format {
namespace {

constexpr Shape kText{.kind = Kind::text, .noun = "text"};
constexpr Shape kDate{.kind = Kind::date, .noun = "a date"};
constexpr Shape kId{.kind = Kind::id, .noun = "an id"};
constexpr Shape kBoolean{.kind = Kind::boolean, .noun = "true or false"};
constexpr Shape kWholeNumber{.kind = Kind::whole_number, .noun = "a whole number"};
constexpr Shape kVersionShape{.kind = Kind::version, .noun = "the format version",
                              .version = kVersion, .format = "the proposal format"};

constexpr Shape choice(std::string_view noun, std::span<const std::string_view> values) {
  return {.kind = Kind::choice, .noun = noun, .choices = values};
}
constexpr Shape list_of(std::string_view noun, const Shape& item, std::size_t min_items = 0) {
  return {.kind = Kind::list, .noun = noun, .item = &item, .may_be_not_applicable = true,
          .min_items = min_items};
}
constexpr Shape section(std::string_view noun, std::span<const Key> keys) {
  return {.kind = Kind::mapping, .noun = noun, .keys = keys, .may_be_not_applicable = true};
}
constexpr Shape entry(std::string_view noun, std::span<const Key> keys) {
  return {.kind = Kind::mapping, .noun = noun, .keys = keys};
}

constexpr Shape kTexts = list_of("a list of text", kText);
constexpr Shape kGroupIds = list_of("a list of group ids", kId);

// proposal
constexpr Shape kProposalSystemLevel = choice("system level", vocab::kProposalSystemLevels);
constexpr Shape kBody = choice("deciding body", vocab::kBodies);
constexpr Key kProposalKeys[] = {
    {"id", &kText, false, "the organisation's own reference, shown in reports"},
    {"title", &kText, true, "the proposal's title"},
    {"organisation", &kText, true, "the organisation making the proposal"},
    {"system_level", &kProposalSystemLevel, false, "where the decision sits"},
    {"lead", &kText, true, "the accountable lead: a role, not a person's name"},
    {"board", &kText, false, "the deciding board or committee"},
    {"board_date", &kDate, true, "when the proposal goes to the board"},
    {"decision", &kText, true, "the decision sought"},
    {"contact", &kText, false, "an organisational contact (a team mailbox or switchboard number) for questions and accessible copies"},
    {"body", &kBody, false, "the kind of body that takes the decision, which says which legal duty to involve applies; trust means an NHS trust or foundation trust"},
};
constexpr Shape kProposal = entry("the proposal's details", kProposalKeys);

// origin
constexpr Shape kSourceKind = choice("source kind", vocab::kSourceKinds);
constexpr Key kSourceKeys[] = {
    {"kind", &kSourceKind, true, "what kind of source"},
    {"detail", &kText, false, "what it said"},
};
constexpr Shape kSource = entry("a source", kSourceKeys);
constexpr Shape kSources = list_of("a list of sources", kSource);
constexpr Shape kCommitmentKind = choice("kind of commitment", vocab::kCommitmentKinds);
constexpr Key kCommitmentKeys[] = {
    {"what", &kText, true, "what was decided or committed"},
    {"date", &kDate, true, "when"},
    {"kind", &kCommitmentKind, true, "solution (the model, supplier, site or design was chosen) or constraint (a budget, mandate or legal requirement that limits the options)"},
};
constexpr Shape kCommitment = entry("a prior commitment", kCommitmentKeys);
constexpr Shape kCommitments = list_of("a list of prior commitments", kCommitment);
constexpr Key kOriginKeys[] = {
    {"question", &kText, false, "the question or theme, in words people would use"},
    {"sources", &kSources, false, "where the question came from"},
    {"defined_with", &kGroupIds, false, "groups who defined the question with the organisation"},
    {"prior_commitments", &kCommitments, false, "what was already decided or committed before co-production began"},
};
constexpr Shape kOrigin = section("how the question was identified", kOriginKeys);

// who
constexpr Shape kGroupKind = choice("group kind", vocab::kGroupKinds);
constexpr Shape kCommunity = choice("community", vocab::kCommunities);
constexpr Shape kCommunities = list_of("a list of communities", kCommunity);
constexpr Shape kReachedVia = choice("route", vocab::kReachedVia);
constexpr Shape kPaid = choice("answer", vocab::kPaid);
constexpr Shape kRole = choice("role", vocab::kRoles);
constexpr Shape kRoles = list_of("a list of roles", kRole);
constexpr Shape kRelationship = choice("relationship", vocab::kRelationships);
constexpr Key kGroupKeys[] = {
    {"id", &kId, true, "a short id that other sections refer to"},
    {"name", &kText, true, "the group's name"},
    {"kind", &kGroupKind, true, "what kind of group"},
    {"people", &kWholeNumber, false, "how many people took part"},
    {"communities", &kCommunities, false, "Core20PLUS communities the group includes"},
    {"reached_via", &kReachedVia, false, "formal routes, informal routes or both"},
    {"paid", &kPaid, false, "were people paid for their time: true, false, declined (offered and declined) or expenses-only (costs reimbursed, time not paid)"},
    {"roles", &kRoles, false, "the parts the group plays: governance (sits where decisions are taken), partner (co-leads the work), participant (takes part)"},
    {"relationship", &kRelationship, false, "one-off, or ongoing (the work with the group continues beyond this proposal)"},
};
constexpr Shape kGroup = entry("a group", kGroupKeys);
constexpr Shape kGroups = list_of("a list of groups", kGroup);
constexpr Shape kSystemLevel = choice("system level", vocab::kSystemLevels);
constexpr Shape kSystemLevels = list_of("a list of system levels", kSystemLevel);
constexpr Key kWhoKeys[] = {
    {"groups", &kGroups, false, "the groups who took part"},
    {"seldom_heard", &kTexts, false, "what was done to reach beyond the usual voices"},
    {"system_levels", &kSystemLevels, false, "the system levels involved"},
};
constexpr Shape kWho = section("who was involved", kWhoKeys);

// how
constexpr Shape kMethod = choice("method", vocab::kMethods);
constexpr Shape kStage = choice("stage", vocab::kStages);
constexpr Shape kLevel = choice("level", vocab::kLevels);
constexpr Shape kActivityGroups = list_of("a list of group ids", kId, 1);
constexpr Key kActivityKeys[] = {
    {"id", &kId, true, "a short id that outcomes refer to"},
    {"title", &kText, true, "what the activity was"},
    {"method", &kMethod, true, "the method used"},
    {"stage", &kStage, true, "problem-definition or design (before the redesign), testing, delivery or evaluation (after)"},
    {"level", &kLevel, true, "the rung of the ladder of co-production it reached"},
    {"date", &kDate, true, "when it took place"},
    {"groups", &kActivityGroups, false, "the ids of the groups who took part"},
    {"venue", &kText, false, "where it took place"},
    {"evidence", &kText, false, "a file (relative to this proposal) or an https:// link that shows it happened"},
};
constexpr Shape kActivity = entry("an activity", kActivityKeys);
constexpr Shape kActivities = list_of("a list of activities", kActivity);
constexpr Key kHowKeys[] = {
    {"activities", &kActivities, false, "the co-production activities"},
    {"power_sharing", &kText, false, "how decision-making power was shared"},
    {"payment_policy", &kText, false, "the policy people were paid under"},
    {"accessibility", &kTexts, false, "adjustments made: interpreters, easy read, venues, timing"},
};
constexpr Shape kHow = section("how people were involved", kHowKeys);

// outcomes
constexpr Key kChangeKeys[] = {
    {"heard", &kText, false, "what was heard"},
    {"changed", &kText, false, "what changed in the proposal"},
    {"from", &kId, false, "the id of the activity it came from"},
};
constexpr Shape kChange = entry("a change", kChangeKeys);
constexpr Shape kChanges = list_of("a list of changes", kChange);
constexpr Key kNotAdoptedKeys[] = {
    {"heard", &kText, false, "what was heard"},
    {"reason", &kText, false, "why it was not taken up"},
};
constexpr Shape kNotAdoptedItem = entry("something not adopted", kNotAdoptedKeys);
constexpr Shape kNotAdopted = list_of("a list of what was not adopted", kNotAdoptedItem);
constexpr Shape kDomain = choice("domain", vocab::kDomains);
constexpr Key kMeasureKeys[] = {
    {"name", &kText, false, "what is measured"},
    {"domain", &kDomain, false, "access, experience or outcomes"},
    {"baseline", &kText, false, "where it stands now"},
    {"target", &kText, false, "where it should get to"},
};
constexpr Shape kMeasure = entry("a measure", kMeasureKeys);
constexpr Shape kMeasures = list_of("a list of measures", kMeasure);
constexpr Key kFeedbackKeys[] = {
    {"date", &kDate, false, "when people were told"},
    {"how", &kText, false, "how they were told"},
};
constexpr Shape kFeedback = section("feedback to participants", kFeedbackKeys);
constexpr Key kOutcomesKeys[] = {
    {"changes", &kChanges, false, "\"you said, we did\": what was heard and what changed"},
    {"not_adopted", &kNotAdopted, false, "what was heard and not taken up, and why"},
    {"measures", &kMeasures, false, "how the change will be measured"},
    {"inequalities", &kText, false, "the effect on health inequalities"},
    {"feedback_to_participants", &kFeedback, false, "how and when people were told what difference they made"},
};
constexpr Shape kOutcomes = section("what changed", kOutcomesKeys);

// questions
constexpr Key kQuestionKeys[] = {
    {"question", &kText, false, "the new question"},
    {"plan", &kText, false, "how it will be explored"},
};
constexpr Shape kQuestion = entry("a question", kQuestionKeys);
constexpr Shape kQuestions = list_of("a list of questions", kQuestion);

// continuation
constexpr Key kContinuationKeys[] = {
    {"implementation", &kText, false, "how co-production continues while the change is implemented"},
    {"evaluation", &kText, false, "how people stay involved in evaluating the change"},
};
constexpr Shape kContinuation = section("how co-production continues", kContinuationKeys);

// evaluation
constexpr Shape kEvaluator = choice("evaluator", vocab::kEvaluators);
constexpr Key kEvaluationKeys[] = {
    {"method", &kText, false, "how the co-production process was evaluated"},
    {"by", &kEvaluator, false, "independent, internal, participants or joint"},
    {"findings", &kText, false, "what the evaluation found"},
    {"improvements", &kTexts, false, "how it can be improved next time"},
};
constexpr Shape kEvaluation = section("the evaluation of the process", kEvaluationKeys);

// assurance
constexpr Shape kOwnership = choice("ownership", vocab::kOwnership);
constexpr Key kDissentKeys[] = {
    {"group", &kId, true, "the id of the group that is not satisfied"},
    {"about", &kText, true, "what they are not satisfied with, in their words"},
    {"response", &kText, false, "what the organisation did about it"},
    {"resolved", &kBoolean, false, "does the group agree its concern was resolved? (default false)"},
};
constexpr Shape kDissent = entry("a dissent", kDissentKeys);
constexpr Shape kDissents = list_of("a list of dissents", kDissent);
constexpr Key kAssuranceKeys[] = {
    {"sponsor", &kText, false, "the executive sponsor (a role)"},
    {"ownership", &kOwnership, false, "who owns co-production at board level"},
    {"satisfied", &kBoolean, true, "are those who took part satisfied with the process? false means do not proceed"},
    {"signed_off_by", &kTexts, false, "group ids or roles who signed the statement off"},
    {"dissent", &kDissents, false, "a group that took part and is not satisfied with the process, in its own words"},
};
constexpr Shape kAssurance = section("the assurance", kAssuranceKeys);

// consultation (added for frameworks, as are equality, scrutiny and publication)
constexpr Key kConsideredKeys[] = {
    {"date", &kDate, false, "when the decision-makers considered the responses"},
    {"link", &kText, false, "a file (relative to this proposal) or an https:// link to the report of the responses they considered"},
};
constexpr Shape kResponsesConsidered = section("the consideration of the responses", kConsideredKeys);
constexpr Key kConsultationKeys[] = {
    {"opened", &kDate, false, "the day the formal public consultation opened"},
    {"closed", &kDate, false, "the day it closed"},
    {"information_published", &kDate, false, "when the consultation document was published"},
    {"information_link", &kText, false, "a file or https:// link to the consultation document"},
    {"responses", &kWholeNumber, false, "how many responses were received"},
    {"responses_considered", &kResponsesConsidered, false, "when the decision-makers considered the responses, and the report they considered"},
};
constexpr Shape kConsultation = section("the formal consultation", kConsultationKeys);

// equality
constexpr Key kAssessmentKeys[] = {
    {"date", &kDate, false, "when the assessment was completed"},
    {"link", &kText, false, "a file (relative to this proposal) or an https:// link to the assessment"},
};
constexpr Shape kAssessment = section("the equality impact assessment", kAssessmentKeys);
constexpr Key kEqualityKeys[] = {
    {"assessment", &kAssessment, false, "the equality (and health inequalities) impact assessment: when it was completed and where it is"},
};
constexpr Shape kEquality = section("the equality duty", kEqualityKeys);

// scrutiny
constexpr Key kScrutinyKeys[] = {
    {"substantial_variation", &kBoolean, false, "is this a substantial development or variation of a health service? true or false"},
    {"consulted", &kDate, false, "when consultation with the local authority's overview and scrutiny committee began"},
    {"secretary_of_state_notified", &kDate, false, "when the Secretary of State was notified of the reconfiguration"},
};
constexpr Shape kScrutiny = section("overview and scrutiny", kScrutinyKeys);

// publication
constexpr Shape kCover = choice("subject", vocab::kPublicationCovers);
constexpr Shape kCovers = list_of("a list of subjects", kCover);
constexpr Shape kFormat = choice("format", vocab::kPublicationFormats);
constexpr Shape kFormats = list_of("a list of formats", kFormat);
constexpr Key kPublicationKeys[] = {
    {"link", &kText, false, "a file or https:// link to the public information"},
    {"date", &kDate, false, "when it was published"},
    {"covers", &kCovers, false, "what it covers: plans, progress, you-said-we-did"},
    {"formats", &kFormats, false, "the accessible formats it is available in: easy-read, plain-language, large-print, audio, bsl (British Sign Language), translation"},
};
constexpr Shape kPublication = section("the public information", kPublicationKeys);

// waivers
constexpr Key kWaiverKeys[] = {
    {"rule", &kWaivedRule, true, "the id of the rule waived"},
    {"reason", &kText, true, "why"},
    {"approved_by", &kText, true, "who approved it (a role)"},
    {"expires", &kDate, true, "when it stops applying"},
};
constexpr Shape kWaiver = entry("a waiver", kWaiverKeys);
constexpr Shape kWaivers = list_of("a list of waivers", kWaiver);

constexpr Key kDocumentKeys[] = {
    {"coprod", &kVersionShape, true, "the version of the proposal format: 1"},
    {"proposal", &kProposal, true, "what is proposed, by whom, and when it goes to the board"},
    {"origin", &kOrigin, false, "how the question was identified"},
    {"who", &kWho, false, "who was involved"},
    {"how", &kHow, false, "how people were involved"},
    {"outcomes", &kOutcomes, false, "what changed because of it"},
    {"questions", &kQuestions, false, "new, unexpected questions to explore"},
    {"continuation", &kContinuation, false, "how co-production continues into implementation and evaluation"},
    {"evaluation", &kEvaluation, false, "how the co-production process itself was evaluated"},
    {"assurance", &kAssurance, false, "conditions and sign-off"},
    {"consultation", &kConsultation, false, "a formal public consultation, if there was one: its dates, document and responses"},
    {"equality", &kEquality, false, "how the equality duty was met"},
    {"scrutiny", &kScrutiny, false, "overview and scrutiny of a substantial change to services"},
    {"publication", &kPublication, false, "the public information about the plans and their progress"},
    {"waivers", &kWaivers, false, "rules the board has agreed to waive, with reasons"},
};
constexpr Shape kDocument = entry("a coprod proposal", kDocumentKeys);

}  // namespace

const Shape& proposal_document() { return kDocument; }

}  // namespace coprod::format
