// The ways a rule reports that its single fires.yaml fixture cannot show
// together (a list absent, a section marked not applicable, one key missing),
// each with the document path of the finding, which text output leaves out.

#include <string>
#include <string_view>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "check/check.h"
#include "load/loader.h"
#include "minimal_proposal.h"
#include "render/text.h"
#include "rules/registry.h"

namespace coprod {
namespace {

using test::kHeader;  // lines 1-7; a case's document starts on line 8

// Lines 8-15.
constexpr std::string_view kGroups = R"(who:
  groups:
    - id: patients
      name: People living with diabetes
      kind: lived-experience
    - id: nurses
      name: Diabetes specialist nurses
      kind: clinical
)";

// What one rule reports on kHeader + body, a line per finding:
// `line:column path: message`, with "not applicable: " before the reason.
std::string reported(std::string_view rule_id, const std::string& body) {
  const Rule* rule = find_rule(rule_id);
  REQUIRE_MESSAGE(rule != nullptr, "no rule ", rule_id);
  Loaded loaded = load_text(std::string(kHeader) + body, "input.yaml", ".");
  std::string errors;
  for (const Error& e : loaded.errors) errors += text_line("input.yaml", e) + "\n";
  INFO(errors);
  REQUIRE(loaded.ok());
  CheckOptions options = test::fixed_day_options();
  const Result result = check(std::move(loaded), options);
  std::string out;
  for (const Finding& f : result.findings) {
    if (f.rule != rule) continue;
    out += fmt::format("{}:{} {}: {}{}\n", f.at.line, f.at.column, f.path,
                       f.not_applicable ? "not applicable: " : "", f.message);
  }
  return out;
}

struct Case {
  std::string_view rule;
  std::string body;
  std::string_view expected;
};

void check_cases(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    INFO(c.rule, " on:\n", c.body);
    CHECK(reported(c.rule, c.body) == c.expected);
  }
}

TEST_CASE("outcomes-changes") {
  check_cases({
      {"outcomes-changes", "",
       "1:1 outcomes.changes: the proposal does not show what changed because of what people "
       "said: add `outcomes.changes` with what was heard, what changed and the activity it came "
       "from\n"},
      {"outcomes-changes", "outcomes:\n  changes: []\n",
       "9:12 outcomes.changes: the proposal does not show what changed because of what people "
       "said: add `outcomes.changes` with what was heard, what changed and the activity it came "
       "from\n"},
      {"outcomes-changes", "outcomes: {not_applicable: No change yet.}\n",
       "8:11 outcomes: not applicable: No change yet.\n"},
      {"outcomes-changes",
       "how: {not_applicable: A desk review only.}\noutcomes:\n  changes:\n"
       "    - heard: Evening clinics.\n      changed: Two evening clinics.\n      from: review\n",
       "8:6 how: not applicable: A desk review only.\n"},
      {"outcomes-changes",
       "outcomes:\n  changes:\n    - heard: Evening clinics.\n"
       "      changed: Two evening clinics.\n",
       "10:7 outcomes.changes[0].from: this change does not say which activity it came from: each "
       "change needs `heard`, `changed` and `from` (the activity it came from)\n"},
  });
}

TEST_CASE("outcomes-measures and outcomes-domains") {
  check_cases({
      {"outcomes-measures", "",
       "1:1 outcomes.measures: the proposal does not say how the change will be measured: add at "
       "least one measure to `outcomes.measures`\n"},
      {"outcomes-measures", "outcomes:\n  measures:\n    - domain: access\n",
       "10:7 outcomes.measures[0].name: this measure does not say what is measured: give it a "
       "`name`\n"},
      {"outcomes-domains", "",
       "1:1 outcomes.measures: no measure covers `access`, `experience` or `outcomes`: measure the "
       "change in access, experience and outcomes (give each measure a `domain`)\n"},
      {"outcomes-domains", "outcomes:\n  measures: {not_applicable: Measured nationally.}\n",
       "9:13 outcomes.measures: not applicable: Measured nationally.\n"},
  });
}

TEST_CASE("outcomes-inequalities") {
  check_cases({
      {"outcomes-inequalities", "",
       "1:1 outcomes.inequalities: the proposal does not say what the change will do to health "
       "inequalities: add `outcomes.inequalities`\n"},
      {"outcomes-inequalities", "outcomes: {not_applicable: No change yet.}\n",
       "8:11 outcomes: not applicable: No change yet.\n"},
  });
}

TEST_CASE("outcomes-feedback") {
  check_cases({
      {"outcomes-feedback", "",
       "1:1 outcomes.feedback_to_participants: the proposal does not say how and when the people "
       "who took part were told what difference they made: add "
       "`outcomes.feedback_to_participants` with `date` and `how`\n"},
      {"outcomes-feedback", "outcomes:\n  feedback_to_participants:\n    how: A letter.\n",
       "10:5 outcomes.feedback_to_participants.date: the feedback to participants has no `date`: "
       "say when people were told what difference they made\n"},
      {"outcomes-feedback",
       "outcomes:\n  feedback_to_participants:\n    date: 2026-05-02\n    how: A letter.\n",
       "10:11 outcomes.feedback_to_participants.date: people are told what difference they made "
       "on 2026-05-02, after the board date (2026-05-01): feed back to them before the board "
       "decides\n"},
      {"outcomes-feedback",
       "outcomes:\n  feedback_to_participants: {not_applicable: Told at the board meeting.}\n",
       "9:29 outcomes.feedback_to_participants: not applicable: Told at the board meeting.\n"},
  });
}

TEST_CASE("outcomes-not-adopted") {
  check_cases({
      {"outcomes-not-adopted", "",
       "1:1 outcomes.not_adopted: the proposal does not say what was heard and not taken up: list "
       "it in `outcomes.not_adopted` with the reasons, or mark it not applicable if everything "
       "was taken up\n"},
      {"outcomes-not-adopted",
       "outcomes:\n  not_adopted: {not_applicable: Everything was taken up.}\n",
       "9:16 outcomes.not_adopted: not applicable: Everything was taken up.\n"},
      {"outcomes-not-adopted", "outcomes:\n  not_adopted:\n    - heard: Home visits.\n",
       "10:7 outcomes.not_adopted[0].reason: this entry does not give the `reason` it was not "
       "taken up\n"},
  });
}

TEST_CASE("questions-explored") {
  check_cases({
      {"questions-explored", "",
       "1:1 questions: the proposal lists no new, unexpected questions to explore: add "
       "`questions`, each with a plan, or mark it not applicable with the reason\n"},
      {"questions-explored", "questions: {not_applicable: Nothing new came up.}\n",
       "8:12 questions: not applicable: Nothing new came up.\n"},
      {"questions-explored", "questions:\n  - question: Why do so few men come?\n",
       "9:5 questions[0].plan: this question has no `plan` for how it will be explored\n"},
  });
}

TEST_CASE("continuation and evaluation") {
  check_cases({
      {"continuation-implementation", "",
       "1:1 continuation.implementation: the proposal does not say how co-production will "
       "continue while the change is implemented: add `continuation.implementation`\n"},
      {"continuation-implementation", "continuation: {not_applicable: A one-year pilot.}\n",
       "8:15 continuation: not applicable: A one-year pilot.\n"},
      {"continuation-evaluation", "",
       "1:1 continuation.evaluation: the proposal does not say how people will stay involved in "
       "evaluating the change: add `continuation.evaluation`\n"},
      {"continuation-evaluation", "continuation: {not_applicable: A one-year pilot.}\n",
       "8:15 continuation: not applicable: A one-year pilot.\n"},
      {"evaluation-process", "",
       "1:1 evaluation.method: the proposal does not say how the co-production process was "
       "evaluated: add `evaluation.method`\n"
       "1:1 evaluation.findings: the proposal does not say what the evaluation of the "
       "co-production process found: add `evaluation.findings`\n"},
      {"evaluation-process", "evaluation: {not_applicable: Too early to say.}\n",
       "8:13 evaluation: not applicable: Too early to say.\n"},
      {"evaluation-improvements", "evaluation:\n  method: A review.\n",
       "9:3 evaluation.improvements: the proposal does not say how the co-production process "
       "could be improved next time: list at least one improvement in "
       "`evaluation.improvements`\n"},
      {"evaluation-improvements",
       "evaluation:\n  improvements: {not_applicable: The review is not finished.}\n",
       "9:17 evaluation.improvements: not applicable: The review is not finished.\n"},
  });
}

TEST_CASE("assurance-satisfied cannot be made not applicable") {
  check_cases({
      {"assurance-satisfied", "",
       "1:1 assurance.satisfied: the proposal does not say whether those who took part are "
       "satisfied with the process followed\n"},
      {"assurance-satisfied", "assurance: {not_applicable: Signed off nationally.}\n",
       "8:12 assurance: the assurance section is marked not applicable (\"Signed off "
       "nationally.\"), but the board must still know whether those who took part are satisfied "
       "with the process followed: give `assurance.satisfied`\n"},
  });
}

TEST_CASE("assurance-board-ownership") {
  check_cases({
      {"assurance-board-ownership", "",
       "1:1 assurance.ownership: the proposal does not say who owns co-production at board level: "
       "the aim is ownership by the full board (`ownership: full-board`)\n"},
      {"assurance-board-ownership", "assurance:\n  ownership: committee\n  satisfied: true\n",
       "9:14 assurance.ownership: co-production is owned by a committee, not the full board: the "
       "aim is to go beyond one responsible director to full board ownership\n"},
      {"assurance-board-ownership", "assurance: {not_applicable: Signed off nationally.}\n",
       "8:12 assurance: not applicable: Signed off nationally.\n"},
  });
}

TEST_CASE("assurance-lived-experience-sign-off") {
  check_cases({
      {"assurance-lived-experience-sign-off", "assurance:\n  satisfied: true\n",
       "9:3 assurance.signed_off_by: no group with lived experience signed the assurance "
       "statement off: add the id of a `lived-experience`, `carers` or `community` group to "
       "`assurance.signed_off_by`\n"},
      // Roles, and a group of another kind, are not lived experience.
      {"assurance-lived-experience-sign-off",
       std::string(kGroups) +
           "assurance:\n  satisfied: true\n  signed_off_by: [chief-executive, nurses]\n",
       "18:18 assurance.signed_off_by: none of those who signed the assurance statement off is a "
       "group with lived experience: add the id of a `lived-experience`, `carers` or `community` "
       "group from `who.groups`\n"},
      {"assurance-lived-experience-sign-off",
       std::string(kGroups) + "assurance:\n  satisfied: true\n  signed_off_by: [patiens]\n",
       "18:19 assurance.signed_off_by[0]: no group with lived experience signed the assurance "
       "statement off: `patiens` is not a group in `who.groups`; did you mean `patients`?\n"},
      {"assurance-lived-experience-sign-off",
       "who: {not_applicable: No groups.}\nassurance:\n  satisfied: true\n",
       "8:6 who: not applicable: No groups.\n"},
  });
}

TEST_CASE("origin-sources") {
  check_cases({
      {"origin-sources", "",
       "1:1 origin.sources: the proposal does not say where the question came from: list the "
       "sources in `origin.sources` (complaints, feedback, patient stories, segmented data and so "
       "on)\n"},
      {"origin-sources", "origin: {not_applicable: Set by national policy.}\n",
       "8:9 origin: not applicable: Set by national policy.\n"},
  });
}

TEST_CASE("integrity-references") {
  check_cases({
      {"integrity-references",
       "origin:\n  defined_with: [patients, nurse]\n" + std::string(kGroups),
       "9:28 origin.defined_with[1]: `nurse` is named here but no group in `who.groups` has that "
       "id; did you mean `nurses`?\n"},
      // With `who` not applicable, any group named is one that is not defined.
      {"integrity-references",
       "who: {not_applicable: No groups.}\nhow:\n  activities:\n    - id: review\n"
       "      title: Desk review\n      method: other\n      stage: design\n"
       "      level: informing\n      date: 2026-01-01\n      groups: [patients]\n",
       "17:16 how.activities[0].groups[0]: `patients` is named here but no group in `who.groups` "
       "has that id\n"},
      {"integrity-references",
       "outcomes:\n  changes:\n    - heard: Evening clinics.\n      changed: Two a week.\n"
       "      from: discovery\n",
       "12:13 outcomes.changes[0].from: `discovery` is named here but no activity in "
       "`how.activities` has that id\n"},
  });
}

TEST_CASE("integrity-waivers") {
  check_cases({
      {"integrity-waivers",
       "waivers:\n  - rule: outcomes-measure\n    reason: Agreed in June.\n"
       "    approved_by: Trust Board\n    expires: 2025-01-01\n",
       "9:11 waivers[0].rule: this waiver names `outcomes-measure`, which is not a coprod rule, so "
       "it waives nothing; did you mean `outcomes-measures`?\n"
       "12:14 waivers[0].expires: this waiver expired on 2025-01-01, so it no longer applies: meet "
       "the rule, or ask the board to renew the waiver\n"},
  });
}

}  // namespace
}  // namespace coprod
