#include "load/schema.h"

#include "load/bind.h"
#include "load/vocabulary.h"

namespace coprod::format {
namespace {

constexpr Shape kVersionShape{.kind = Kind::version, .noun = "the format version",
                              .version = kVersion, .format = "the proposal format"};

constexpr Shape kTexts = list_of("a list of text", kText);
constexpr Shape kGroupIds = list_of("a list of group ids", kId);
constexpr KeyOptions kRequired{.required = true};
// What `coprod init` writes for a group's id, and for a reference to it.
constexpr std::string_view kSampleGroup = "lived-experience-panel";
constexpr std::string_view kSampleActivity = "discovery";

// proposal
constexpr Shape kSystemLevel = choice<SystemLevel>();
constexpr Shape kBody = choice<Body>();
constexpr Shape kLevel = choice<Level>();
constexpr Key kProportionKeys[] = {
    key<&Proportion::level>("level", kLevel, "the level of involvement judged proportionate to the change", {.required = true, .sample = "consultation"}),
    key<&Proportion::reason>("reason", kText, "why that level is proportionate: what the change is, and whom it affects", kRequired),
    key<&Proportion::approved_by>("approved_by", kText, "who agreed it (a role)", kRequired),
};
constexpr Shape kProportion = section<Proportion>("the proportionate level of involvement", kProportionKeys);
constexpr Key kUrgencyKeys[] = {
    key<&Urgency::reason>("reason", kText, "why it cannot wait: the risk to people's safety", kRequired),
    key<&Urgency::ends>("ends", kDate, "when the temporary decision ends unless it is decided again", kRequired),
    key<&Urgency::involvement_to_follow>("involvement_to_follow", kText, "how people who use the service will be involved before it is made permanent", kRequired),
    key<&Urgency::approved_by>("approved_by", kText, "who agreed it was urgent (a role)", kRequired),
};
constexpr Shape kUrgency = section<Urgency>("an urgent, temporary decision", kUrgencyKeys);
constexpr Key kProposalKeys[] = {
    key<&ProposalInfo::id>("id", kText, "the organisation's own reference, shown in reports"),
    key<&ProposalInfo::title>("title", kText, "the proposal's title", kRequired),
    key<&ProposalInfo::organisation>("organisation", kText, "the organisation making the proposal", kRequired),
    key<&ProposalInfo::system_level>("system_level", kSystemLevel, "where the decision sits"),
    key<&ProposalInfo::lead>("lead", kText, "the accountable lead: a role, not a person's name", kRequired),
    key<&ProposalInfo::board>("board", kText, "the deciding board or committee"),
    key<&ProposalInfo::board_date>("board_date", kDate, "when the proposal goes to the board", kRequired),
    key<&ProposalInfo::decision>("decision", kText, "the decision sought", kRequired),
    key<&ProposalInfo::contact>("contact", kText, "an organisational contact (a team mailbox or switchboard number) for questions and accessible copies", {.optional_in_starter = true, .more = "Appendices show it, so that people know whom to ask.", .since = 2}),
    key<&ProposalInfo::body>("body", kBody, "the kind of body that takes the decision, which says which legal duty to involve applies", {.optional_in_starter = true, .since = 2}),
    key<&ProposalInfo::proportion>("proportion", kProportion, "the level of involvement judged proportionate to a modest change, and why", {.optional_in_starter = true, .more = "The checklist then asks what that level needs (the right people asked, and told what difference they made), not co-production, and the board sees the claim. It is refused where the record contradicts it: a substantial variation, a closure, or co-production claimed.", .since = 3}),
    key<&ProposalInfo::urgency>("urgency", kUrgency, "an urgent, temporary decision for people's safety, with the involvement to follow", {.optional_in_starter = true, .more = "Such a decision is never assured: the involvement to follow is the board's condition.", .since = 3}),
};
constexpr Shape kProposal = entry<ProposalInfo>("the proposal's details", kProposalKeys);

// origin
constexpr Shape kSourceKind = choice<SourceKind>();
constexpr Key kSourceKeys[] = {
    key<&Source::kind>("kind", kSourceKind, "what kind of source", kRequired),
    key<&Source::detail>("detail", kText, "what it said"),
};
constexpr Shape kSource = entry<Source>("a source", kSourceKeys);
constexpr Shape kSources = list_of("a list of sources", kSource);
constexpr Shape kCommitmentKind = choice<CommitmentKind>();
constexpr Key kCommitmentKeys[] = {
    key<&Commitment::what>("what", kText, "what was decided or committed", kRequired),
    key<&Commitment::date>("date", kDate, "when", kRequired),
    key<&Commitment::kind>("kind", kCommitmentKind, "whether it chose the solution or limits the options", kRequired),
    key<&Commitment::evidence>("evidence", kText, "a file (relative to this proposal) or an https:// link that shows it", {.since = 3}),
};
constexpr Shape kCommitment = entry<Commitment>("a prior commitment", kCommitmentKeys);
constexpr Shape kCommitments = list_of("a list of prior commitments", kCommitment);
constexpr Key kOriginKeys[] = {
    key<&Origin::question>("question", kText, "the question or theme, in words people would use"),
    key<&Origin::sources>("sources", kSources, "where the question came from"),
    key<&Origin::defined_with>("defined_with", kGroupIds, "groups who defined the question with the organisation", {.sample = kSampleGroup}),
    key<&Origin::prior_commitments>("prior_commitments", kCommitments, "what was already decided or committed before co-production began", {.optional_in_starter = true, .more = "So the board can see what was open.", .since = 2}),
};
constexpr Shape kOrigin = section<Origin>("how the question was identified", kOriginKeys);

// who
constexpr Shape kGroupKind = choice<GroupKind>();
constexpr Shape kCommunity = choice<Community>();
constexpr Shape kCommunities = list_of("a list of communities", kCommunity);
constexpr Shape kReachedVia = choice<ReachedVia>();
constexpr Shape kPaid = choice<Paid>();
constexpr Shape kRole = choice<Role>();
constexpr Shape kRoles = list_of("a list of roles", kRole);
constexpr Shape kRelationship = choice<Relationship>();
constexpr Key kGroupKeys[] = {
    key<&Group::id>("id", kId, "a short id that other sections refer to", {.required = true, .sample = kSampleGroup}),
    key<&Group::name>("name", kText, "the group's name", kRequired),
    key<&Group::kind>("kind", kGroupKind, "what kind of group", {.required = true, .sample = "lived-experience"}),
    key<&Group::people>("people", kWholeNumber, "how many people took part", {.sample = "12"}),
    key<&Group::communities>("communities", kCommunities, "Core20PLUS communities the group includes"),
    key<&Group::reached_via>("reached_via", kReachedVia, "whether people were reached through formal routes, informal routes or both", {.sample = "both"}),
    key<&Group::paid>("paid", kPaid, "were people paid for their time", {.sample = "true"}),
    key<&Group::roles>("roles", kRoles, "the parts the group plays", {.sample = "participant", .since = 2}),
    key<&Group::relationship>("relationship", kRelationship, "whether the work with the group goes on beyond this proposal", {.sample = "one-off", .since = 2}),
};
constexpr Shape kGroup = entry<Group>("a group", kGroupKeys);
constexpr Shape kGroups = list_of("a list of groups", kGroup);
constexpr Shape kSystemLevels = list_of("a list of system levels", kSystemLevel);
constexpr Key kWhoKeys[] = {
    key<&Who::groups>("groups", kGroups, "the groups who took part"),
    key<&Who::seldom_heard>("seldom_heard", kTexts, "what was done to reach beyond the usual voices"),
    key<&Who::system_levels>("system_levels", kSystemLevels, "the system levels involved"),
};
constexpr Shape kWho = section<Who>("who was involved", kWhoKeys);

// how
constexpr Shape kMethod = choice<Method>();
constexpr Shape kStage = choice<Stage>();
constexpr Shape kActivityGroups = list_of("a list of group ids", kId, 1);
constexpr Key kActivityKeys[] = {
    key<&Activity::id>("id", kId, "a short id that outcomes refer to", {.required = true, .sample = kSampleActivity}),
    key<&Activity::title>("title", kText, "what the activity was", kRequired),
    key<&Activity::method>("method", kMethod, "the method used", kRequired),
    key<&Activity::stage>("stage", kStage, "the stage of the work it took part in, before or after the redesign", {.required = true, .sample = "problem-definition"}),
    key<&Activity::level>("level", kLevel, "the rung of the ladder of co-production it reached", {.required = true, .sample = "co-production"}),
    key<&Activity::date>("date", kDate, "when it took place: its first day", kRequired),
    key<&Activity::until>("until", kDate, "its last day, for a series of sessions or weeks of fieldwork", {.optional_in_starter = true, .since = 3}),
    key<&Activity::groups>("groups", kActivityGroups, "the ids of the groups who took part", {.sample = kSampleGroup}),
    key<&Activity::led_by>("led_by", kGroupIds, "the ids of the groups who planned and ran it with the organisation", {.sample = kSampleGroup, .optional_in_starter = true, .more = "A group of people who use services that runs its own interviews or focus groups shares power: the method's limit on the level reached does not apply.", .since = 3}),
    key<&Activity::venue>("venue", kText, "where it took place"),
    key<&Activity::evidence>("evidence", kText, "a file (relative to this proposal) or an https:// link that shows it happened"),
};
constexpr Shape kActivity = entry<Activity>("an activity", kActivityKeys);
constexpr Shape kActivities = list_of("a list of activities", kActivity);
constexpr Key kHowKeys[] = {
    key<&How::activities>("activities", kActivities, "the co-production activities"),
    key<&How::power_sharing>("power_sharing", kText, "how decision-making power was shared"),
    key<&How::payment_policy>("payment_policy", kText, "the policy people were paid under"),
    key<&How::accessibility>("accessibility", kTexts, "adjustments made: interpreters, easy read, venues, timing"),
};
constexpr Shape kHow = section<How>("how people were involved", kHowKeys);

// outcomes
constexpr Shape kActivityIds{.kind = Kind::list, .noun = "an activity id, or a list of them", .item = &kId,
                             .may_be_not_applicable = false, .one_or_list = true};
constexpr Key kChangeKeys[] = {
    key<&Change::heard>("heard", kText, "what was heard"),
    key<&Change::changed>("changed", kText, "what changed in the proposal"),
    key<&Change::from>("from", kActivityIds, "the id of the activity it came from, or a list of them", {.sample = kSampleActivity}),
    key<&Change::evidence>("evidence", kText, "a file (relative to this proposal) or an https:// link that shows it", {.optional_in_starter = true, .since = 3}),
};
constexpr Shape kChange = entry<Change>("a change", kChangeKeys);
constexpr Shape kChanges = list_of("a list of changes", kChange);
constexpr Key kNotAdoptedKeys[] = {
    key<&NotAdopted::heard>("heard", kText, "what was heard"),
    key<&NotAdopted::reason>("reason", kText, "why it was not taken up"),
};
constexpr Shape kNotAdoptedItem = entry<NotAdopted>("something not adopted", kNotAdoptedKeys);
constexpr Shape kNotAdopted = list_of("a list of what was not adopted", kNotAdoptedItem);
constexpr Shape kDomain = choice<Domain>();
constexpr Key kMeasureKeys[] = {
    key<&Measure::name>("name", kText, "what is measured"),
    key<&Measure::domain>("domain", kDomain, "what it measures"),
    key<&Measure::baseline>("baseline", kText, "where it stands now"),
    key<&Measure::target>("target", kText, "where it should get to"),
};
constexpr Shape kMeasure = entry<Measure>("a measure", kMeasureKeys);
constexpr Shape kMeasures = list_of("a list of measures", kMeasure);
constexpr Key kFeedbackKeys[] = {
    key<&Feedback::date>("date", kDate, "when people were told"),
    key<&Feedback::how>("how", kText, "how they were told"),
};
constexpr Shape kFeedback = section<Feedback>("feedback to participants", kFeedbackKeys);
constexpr Key kOutcomesKeys[] = {
    key<&Outcomes::changes>("changes", kChanges, "\"you said, we did\": what was heard and what changed"),
    key<&Outcomes::not_adopted>("not_adopted", kNotAdopted, "what was heard and not taken up, and why"),
    key<&Outcomes::measures>("measures", kMeasures, "how the change will be measured"),
    key<&Outcomes::inequalities>("inequalities", kText, "the effect on health inequalities"),
    key<&Outcomes::feedback_to_participants>("feedback_to_participants", kFeedback, "how and when people were told what difference they made"),
};
constexpr Shape kOutcomes = section<Outcomes>("what changed", kOutcomesKeys);

// questions
constexpr Key kQuestionKeys[] = {
    key<&Question::question>("question", kText, "the new question"),
    key<&Question::plan>("plan", kText, "how it will be explored"),
};
constexpr Shape kQuestion = entry<Question>("a question", kQuestionKeys);
constexpr Shape kQuestions = list_of("a list of questions", kQuestion);

// continuation
constexpr Key kContinuationKeys[] = {
    key<&Continuation::implementation>("implementation", kText, "how co-production continues while the change is implemented"),
    key<&Continuation::evaluation>("evaluation", kText, "how people stay involved in evaluating the change"),
};
constexpr Shape kContinuation = section<Continuation>("how co-production continues", kContinuationKeys);

// evaluation
constexpr Shape kEvaluator = choice<Evaluator>();
constexpr Key kEvaluationKeys[] = {
    key<&Evaluation::method>("method", kText, "how the co-production process was evaluated"),
    key<&Evaluation::by>("by", kEvaluator, "who evaluated it"),
    key<&Evaluation::findings>("findings", kText, "what the evaluation found"),
    key<&Evaluation::improvements>("improvements", kTexts, "how it can be improved next time"),
    key<&Evaluation::evidence>("evidence", kText, "a file (relative to this proposal) or an https:// link to the evaluation", {.optional_in_starter = true, .since = 3}),
};
constexpr Shape kEvaluation = section<Evaluation>("the evaluation of the process", kEvaluationKeys);

// assurance
constexpr Shape kOwnership = choice<Ownership>();
constexpr Key kDissentKeys[] = {
    key<&Dissent::group>("group", kId, "the id of the group that is not satisfied", {.required = true, .sample = kSampleGroup}),
    key<&Dissent::about>("about", kText, "what they are not satisfied with, in their words", kRequired),
    key<&Dissent::response>("response", kText, "what the organisation did about it"),
    key<&Dissent::resolved>("resolved", kBoolean, "does the group agree its concern was resolved? (default false)"),
    key<&Dissent::evidence>("evidence", kText, "a file (relative to this proposal) or an https:// link where the group says it", {.optional_in_starter = true, .since = 3}),
};
constexpr Shape kDissent = entry<Dissent>("a dissent", kDissentKeys);
constexpr Shape kDissents = list_of("a list of dissents", kDissent);
constexpr Key kOutcomeDissentKeys[] = {
    key<&OutcomeDissent::group>("group", kId, "the id of the group that opposes the outcome", {.required = true, .sample = kSampleGroup}),
    key<&OutcomeDissent::about>("about", kText, "what they oppose, in their words", kRequired),
    key<&OutcomeDissent::response>("response", kText, "what the organisation did about it"),
    key<&OutcomeDissent::evidence>("evidence", kText, "a file (relative to this proposal) or an https:// link where the group says it", {.optional_in_starter = true}),
};
constexpr Shape kOutcomeDissent = entry<OutcomeDissent>("an outcome dissent", kOutcomeDissentKeys);
constexpr Shape kOutcomeDissents = list_of("a list of outcome dissents", kOutcomeDissent);
constexpr Key kAssuranceKeys[] = {
    key<&Assurance::sponsor>("sponsor", kText, "the executive sponsor (a role)"),
    key<&Assurance::ownership>("ownership", kOwnership, "who owns co-production at board level", {.sample = "full-board"}),
    key<&Assurance::satisfied>("satisfied", kBoolean, "are those who took part satisfied with the process followed? If they are not, the board does not proceed", kRequired),
    key<&Assurance::signed_off_by>("signed_off_by", kTexts, "group ids or roles who signed the statement off", {.sample = kSampleGroup}),
    key<&Assurance::dissent>("dissent", kDissents, "a group that took part and is not satisfied with the process, in its own words", {.optional_in_starter = true, .more = "An entry its group has not agreed is resolved means do not proceed.", .since = 2}),
    key<&Assurance::outcome_dissent>("outcome_dissent", kOutcomeDissents, "a group that accepts the process but opposes the outcome, in its own words", {.optional_in_starter = true, .more = "The board sees it; by itself it does not stop the proposal.", .since = 3}),
};
constexpr Shape kAssurance = section<Assurance>("the assurance", kAssuranceKeys);

// consultation (added for frameworks, as are equality, scrutiny and publication)
constexpr Key kConsideredKeys[] = {
    key<&DatedLink::date>("date", kDate, "when the decision-makers considered the responses"),
    key<&DatedLink::link>("link", kText, "a file (relative to this proposal) or an https:// link to the report of the responses they considered"),
};
constexpr Shape kResponsesConsidered = section<DatedLink>("the consideration of the responses", kConsideredKeys);
constexpr Key kConsultationKeys[] = {
    key<&Consultation::opened>("opened", kDate, "the day the formal public consultation opened"),
    key<&Consultation::closed>("closed", kDate, "the day it closed"),
    key<&Consultation::information_published>("information_published", kDate, "when the consultation document was published"),
    key<&Consultation::information_link>("information_link", kText, "a file or https:// link to the consultation document"),
    key<&Consultation::responses>("responses", kWholeNumber, "how many responses were received"),
    key<&Consultation::responses_considered>("responses_considered", kResponsesConsidered, "when the decision-makers considered the responses, and the report they considered"),
};
constexpr Shape kConsultation = section<Consultation>("the formal consultation", kConsultationKeys);

// equality
constexpr Key kAssessmentKeys[] = {
    key<&DatedLink::date>("date", kDate, "when the assessment was completed"),
    key<&DatedLink::link>("link", kText, "a file (relative to this proposal) or an https:// link to the assessment"),
};
constexpr Shape kAssessment = section<DatedLink>("the equality impact assessment", kAssessmentKeys);
constexpr Key kEqualityKeys[] = {
    key<&Equality::assessment>("assessment", kAssessment, "the equality (and health inequalities) impact assessment: when it was completed and where it is"),
};
constexpr Shape kEquality = section<Equality>("the equality duty", kEqualityKeys);

// scrutiny
constexpr Key kScrutinyKeys[] = {
    key<&Scrutiny::substantial_variation>("substantial_variation", kBoolean, "is this a substantial development or variation of a health service? true or false"),
    key<&Scrutiny::consulted>("consulted", kDate, "when consultation with the local authority's overview and scrutiny committee began"),
    key<&Scrutiny::secretary_of_state_notified>("secretary_of_state_notified", kDate, "when the Secretary of State was notified of the reconfiguration"),
};
constexpr Shape kScrutiny = section<Scrutiny>("overview and scrutiny", kScrutinyKeys);

// publication
constexpr Shape kCover = choice<PublicationCover>();
constexpr Shape kCovers = list_of("a list of subjects", kCover);
constexpr Shape kFormat = choice<PublicationFormat>();
constexpr Shape kFormats = list_of("a list of formats", kFormat);
constexpr Key kPublicationKeys[] = {
    key<&Publication::link>("link", kText, "a file or https:// link to the public information"),
    key<&Publication::date>("date", kDate, "when it was published"),
    key<&Publication::covers>("covers", kCovers, "what it covers", {.sample = "plans"}),
    key<&Publication::formats>("formats", kFormats, "the accessible formats it is available in", {.sample = "easy-read"}),
};
constexpr Shape kPublication = section<Publication>("the public information", kPublicationKeys);

// waivers
constexpr Key kWaiverKeys[] = {
    key<&Waiver::rule>("rule", kWaivedRule, "the id of the rule waived", {.required = true, .more = "`assurance-satisfied` and `assurance-dissent` cannot be waived"}),
    key<&Waiver::reason>("reason", kText, "why the rule is waived", kRequired),
    key<&Waiver::approved_by>("approved_by", kText, "who approved it (a role)", kRequired),
    key<&Waiver::expires>("expires", kDate, "when it stops applying", kRequired),
};
constexpr Shape kWaiver = entry<Waiver>("a waiver", kWaiverKeys);
constexpr Shape kWaivers = list_of("a list of waivers", kWaiver);

// The records the legal-duties and nhse-principles frameworks read.
constexpr KeyOptions kFramework{.optional_in_starter = true, .since = 2};
// reconciliations
constexpr Key kReconciliationKeys[] = {
    key<&Reconciliation::says>("says", kText, "the sentence coprod quoted, or enough of its words to find it", kRequired),
    key<&Reconciliation::means>("means", kText, "what it does mean, and why", kRequired),
    key<&Reconciliation::approved_by>("approved_by", kText, "who agreed this reading (a role)"),
    key<&Reconciliation::confirmed_by>("confirmed_by", kId, "for a group's disagreement: the id of the group, whose own word settles it", {.sample = kSampleGroup}),
    key<&Reconciliation::evidence>("evidence", kText, "a file (relative to this proposal) or an https:// link, signed off by the group, that shows it"),
};
constexpr Shape kReconciliation = entry<Reconciliation>("a reconciliation", kReconciliationKeys);
constexpr Shape kReconciliations = list_of("a list of reconciliations", kReconciliation);

constexpr Key kDocumentKeys[] = {
    {"coprod", &kVersionShape, true, "the version of the proposal format: 1", {}, false, nullptr, type_tag<Proposal>()},
    key<&Proposal::proposal>("proposal", kProposal, "what is proposed, by whom, and when it goes to the board", kRequired),
    key<&Proposal::origin>("origin", kOrigin, "how the question was identified"),
    key<&Proposal::who>("who", kWho, "who was involved"),
    key<&Proposal::how>("how", kHow, "how people were involved"),
    key<&Proposal::outcomes>("outcomes", kOutcomes, "what changed because of it"),
    key<&Proposal::questions>("questions", kQuestions, "new, unexpected questions to explore"),
    key<&Proposal::continuation>("continuation", kContinuation, "how co-production continues into implementation and evaluation"),
    key<&Proposal::evaluation>("evaluation", kEvaluation, "how the co-production process itself was evaluated"),
    key<&Proposal::assurance>("assurance", kAssurance, "conditions and sign-off"),
    key<&Proposal::consultation>("consultation", kConsultation, "a formal public consultation, if there was one: its dates, document and responses", kFramework),
    key<&Proposal::equality>("equality", kEquality, "how the equality duty was met", kFramework),
    key<&Proposal::scrutiny>("scrutiny", kScrutiny, "overview and scrutiny of a substantial change to services", kFramework),
    key<&Proposal::publication>("publication", kPublication, "the public information about the plans and their progress", kFramework),
    key<&Proposal::reconciliations>("reconciliations", kReconciliations, "sentences of the evidence or of this file that do not mean what they seem to, and why", {.optional_in_starter = true, .more = "A group's disagreement with the process is settled only by the group's own word: its sign-off in `assurance.signed_off_by`, or a file it signed off. Any other needs who agreed it. The board sees each.", .since = 3}),
    key<&Proposal::waivers>("waivers", kWaivers, "rules the board has agreed to waive, with reasons", {.optional_in_starter = true, .more = "A waived finding is still shown, marked waived with its reason, and no longer counts towards the item's status or the verdict. An expired waiver does not apply; it, and a waiver naming an unknown rule, is itself a finding (`integrity-waivers`)."}),
};
constexpr Shape kDocument = entry<Proposal>("a coprod proposal", kDocumentKeys);

}  // namespace

const Shape& proposal_document() { return kDocument; }

const Shape& waiver_entry() { return kWaiver; }

}  // namespace coprod::format
