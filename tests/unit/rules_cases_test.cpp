// The ways a rule reports that its single fires.yaml fixture cannot show
// together (a list absent, a section marked not applicable, one key missing,
// a term at its edge), each with the document path of the finding, which
// text output leaves out. The expected lines are in tests/rule-cases/.

#include <string>
#include <string_view>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "rule_cases.h"

namespace coprod {
namespace {

using test::check_cases;
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

// Lines 8-19: a group of each kind that matters here.
constexpr std::string_view kVoices = R"(who:
  groups:
    - {id: patients, name: People living with diabetes, kind: lived-experience, paid: true}
    - {id: residents, name: Residents of Tower Hill, kind: community, paid: true}
    - {id: qi-team, name: Quality improvement team, kind: staff}
    - {id: public, name: Members of the public, kind: public}
how:
  activities:
)";

std::string activity(std::string_view method, std::string_view stage, std::string_view level,
                     std::string_view date, std::string_view groups) {
  return fmt::format("    - {{id: a-{0}-{1}, title: \"A {0} at {1}\", method: {0}, stage: {1}, "
                     "level: {2}, date: {3}, groups: [{4}], evidence: \"https://example.org/r\"}}\n",
                     method, stage, level, date, groups);
}

TEST_CASE("how-co-production-level judges what happened, with whom and when") {
  const std::string v(kVoices);
  check_cases("how-co-production-level", {
      // A staff-only QI workshop labelled co-design.
      {"how-co-production-level", v + activity("workshop", "design", "co-design", "2026-01-10", "qi-team") +
                                      activity("survey", "problem-definition", "consultation", "2025-11-01", "patients")},
      // One survey labelled co-production, and nothing else.
      {"how-co-production-level", v + activity("survey", "design", "co-production", "2026-01-10", "patients")},
      // Focus groups reach engagement at most.
      {"how-co-production-level", v + activity("focus-group", "design", "co-design", "2026-01-10", "patients")},
      // Co-design planned for after the board.
      {"how-co-production-level", v + activity("co-design-group", "design", "co-design", "2026-06-10", "patients")},
      // A community group at co-design on the board date: co-produced.
      {"how-co-production-level", v + activity("open-space", "design", "co-design", "2026-05-01", "residents")},
      // Members of the public are not a community voice.
      {"how-co-production-level", v + activity("open-space", "design", "co-design", "2026-01-10", "public")},
      {"how-co-production-level", "how:\n  power_sharing: Co-chairs.\n"},
  });
}

TEST_CASE("who-lived-experience and who-paid read the terms") {
  const std::string v(kVoices);
  check_cases("who-terms", {
      // Community members took part: a community voice.
      {"who-lived-experience", v + activity("open-space", "design", "co-design", "2026-01-10", "residents")},
      // Only in an activity after the board: not yet.
      {"who-lived-experience", v + activity("open-space", "design", "co-design", "2026-06-10", "residents")},
      {"who-lived-experience", v + activity("workshop", "design", "co-design", "2026-01-10", "qi-team, public")},
      // Paid is asked only of the community voices that took part.
      {"who-paid", R"(who:
  groups:
    - {id: nurses, name: Diabetes nurses, kind: clinical, paid: false}
    - {id: residents, name: Residents of Tower Hill, kind: community, paid: declined}
    - {id: carers, name: Carers, kind: carers, paid: expenses-only}
how:
  activities:
)" + activity("open-space", "design", "co-design", "2026-01-10", "nurses, residents, carers")},
      {"who-range-of-voices", R"(who:
  groups:
    - {id: patients, name: People living with diabetes, kind: lived-experience}
  seldom_heard: [Sessions at the food bank.]
)"},
  });
}

TEST_CASE("activities and the board date") {
  const std::string v(kVoices);
  check_cases("activities-board-date", {
      {"activities-before-board", v + activity("co-design-group", "design", "co-design", "2026-05-01", "patients")},
      {"activities-before-board", v + activity("co-design-group", "design", "co-design", "2026-05-02", "patients")},
      {"activities-before-redesign", v + activity("co-design-group", "design", "co-design", "2026-05-02", "patients")},
      {"how-earliest-stage", v + activity("open-space", "problem-definition", "co-design", "2026-01-10", "residents")},
      {"how-earliest-stage", v + activity("open-space", "design", "co-design", "2026-01-10", "residents")},
      {"outcomes-feedback", "outcomes:\n  feedback_to_participants:\n    date: 2026-05-01\n    how: A letter.\n"},
  });
}

TEST_CASE("how-decision-open and how-commitments-stated") {
  const std::string v(kVoices);
  const std::string codesign = activity("co-design-group", "design", "co-design", "2026-01-10", "patients");
  check_cases("decision-open", {
      {"how-decision-open", "origin:\n  prior_commitments:\n    - {what: Site chosen, date: 2026-01-10, kind: solution}\n" + v + codesign},
      {"how-decision-open", "origin:\n  prior_commitments:\n    - {what: Site chosen, date: 2026-01-11, kind: solution}\n" + v + codesign},
      {"how-decision-open", "origin:\n  prior_commitments:\n    - {what: Site chosen, date: 2026-01-11, kind: solution}\n"},
      {"how-decision-open", "origin:\n  prior_commitments:\n    - {what: Budget capped, date: 2025-01-01, kind: constraint}\n"},
      {"how-commitments-stated", "origin:\n  prior_commitments: []\n"},
      {"how-commitments-stated", "origin:\n  prior_commitments: {not_applicable: Nothing had been decided.}\n"},
  });
}

TEST_CASE("assurance-dissent, assurance-every-voice and sign-off") {
  const std::string v(kVoices);
  const std::string both = activity("open-space", "design", "co-design", "2026-01-10", "patients, residents");
  check_cases("assurance-voices", {
      {"assurance-dissent", v + both + "assurance:\n  satisfied: true\n  dissent:\n    - {group: residents, about: \"We do not support this process.\"}\n"},
      {"assurance-dissent", v + both + "assurance:\n  satisfied: true\n  dissent:\n    - {group: residents, about: Too few sessions., resolved: false}\n"},
      {"assurance-dissent", "assurance: {not_applicable: Signed off nationally.}\n"},
      {"assurance-every-voice", v + both + "assurance:\n  satisfied: true\n"},
      {"assurance-every-voice", v + both + "assurance:\n  satisfied: true\n  signed_off_by: [patients]\n  dissent:\n    - {group: residents, about: Too few sessions., resolved: true}\n"},
      {"assurance-lived-experience-sign-off", v + both + "assurance:\n  satisfied: true\n  signed_off_by: [Chair of the board, qi-team]\n"},
      {"assurance-full-board", "assurance:\n  satisfied: true\n  ownership: single-director\n"},
  });
}

TEST_CASE("outcomes-changes") {
  check_cases("outcomes-changes", {
      {"outcomes-changes", ""},
      {"outcomes-changes", "outcomes:\n  changes: []\n"},
      {"outcomes-changes", "outcomes: {not_applicable: No change yet.}\n"},
      {"outcomes-changes", "how: {not_applicable: A desk review only.}\noutcomes:\n  inequalities: None.\n"},
      {"outcomes-changes",
       "outcomes:\n  changes:\n    - heard: Evening clinics.\n"
       "      changed: Two evening clinics.\n"},
  });
}

TEST_CASE("outcomes-measures and outcomes-domains") {
  check_cases("outcomes-measures-and-outcomes-domains", {
      {"outcomes-measures", ""},
      {"outcomes-measures", "outcomes:\n  measures:\n    - domain: access\n"},
      {"outcomes-domains", ""},
      {"outcomes-domains", "outcomes:\n  measures: {not_applicable: Measured nationally.}\n"},
  });
}

TEST_CASE("outcomes-inequalities") {
  check_cases("outcomes-inequalities", {
      {"outcomes-inequalities", ""},
      {"outcomes-inequalities", "outcomes: {not_applicable: No change yet.}\n"},
  });
}

TEST_CASE("outcomes-feedback") {
  check_cases("outcomes-feedback", {
      {"outcomes-feedback", ""},
      {"outcomes-feedback", "outcomes:\n  feedback_to_participants:\n    how: A letter.\n"},
      {"outcomes-feedback",
       "outcomes:\n  feedback_to_participants:\n    date: 2026-05-02\n    how: A letter.\n"},
      {"outcomes-feedback",
       "outcomes:\n  feedback_to_participants: {not_applicable: Told at the board meeting.}\n"},
  });
}

TEST_CASE("outcomes-not-adopted") {
  check_cases("outcomes-not-adopted", {
      {"outcomes-not-adopted", ""},
      {"outcomes-not-adopted",
       "outcomes:\n  not_adopted: {not_applicable: Everything was taken up.}\n"},
      {"outcomes-not-adopted", "outcomes:\n  not_adopted:\n    - heard: Home visits.\n"},
  });
}

TEST_CASE("questions-explored") {
  check_cases("questions-explored", {
      {"questions-explored", ""},
      {"questions-explored", "questions: {not_applicable: Nothing new came up.}\n"},
      {"questions-explored", "questions:\n  - question: Why do so few men come?\n"},
  });
}

TEST_CASE("continuation and evaluation") {
  check_cases("continuation-and-evaluation", {
      {"continuation-implementation", ""},
      {"continuation-implementation", "continuation: {not_applicable: A one-year pilot.}\n"},
      {"continuation-evaluation", ""},
      {"continuation-evaluation", "continuation: {not_applicable: A one-year pilot.}\n"},
      {"evaluation-process", ""},
      {"evaluation-process", "evaluation: {not_applicable: Too early to say.}\n"},
      {"evaluation-improvements", "evaluation:\n  method: A review.\n"},
      {"evaluation-improvements",
       "evaluation:\n  improvements: {not_applicable: The review is not finished.}\n"},
  });
}

TEST_CASE("assurance-satisfied cannot be made not applicable") {
  check_cases("assurance-satisfied-cannot-be-made-not-applicable", {
      {"assurance-satisfied", ""},
      {"assurance-satisfied", "assurance: {not_applicable: Signed off nationally.}\n"},
  });
}

TEST_CASE("assurance-board-ownership") {
  check_cases("assurance-board-ownership", {
      {"assurance-board-ownership", ""},
      {"assurance-board-ownership", "assurance:\n  ownership: committee\n  satisfied: true\n"},
      {"assurance-board-ownership", "assurance: {not_applicable: Signed off nationally.}\n"},
  });
}

TEST_CASE("assurance-lived-experience-sign-off") {
  check_cases("assurance-lived-experience-sign-off", {
      {"assurance-lived-experience-sign-off", "assurance:\n  satisfied: true\n"},
      // Roles, and a group of another kind, are not lived experience.
      {"assurance-lived-experience-sign-off",
       std::string(kGroups) +
           "assurance:\n  satisfied: true\n  signed_off_by: [chief-executive, nurses]\n"},
      {"assurance-lived-experience-sign-off",
       "who: {not_applicable: No groups.}\nassurance:\n  satisfied: true\n"},
  });
}

TEST_CASE("origin-sources") {
  check_cases("origin-sources", {
      {"origin-sources", ""},
      {"origin-sources", "origin: {not_applicable: Set by national policy.}\n"},
  });
}

TEST_CASE("integrity-waivers") {
  check_cases("integrity-waivers", {
      {"integrity-waivers",
       "waivers:\n  - rule: outcomes-measure\n    reason: Agreed in June.\n"
       "    approved_by: Trust Board\n    expires: 2025-01-01\n"},
  });
}

TEST_CASE("the whole-file rules read the team's own keys and all beneath them") {
  const std::string own = "x-contacts:\n  Dr Amina Begum: \"lead \u202Enurse\"\n  x-mobile: 07700 900123\n"
                          "x-call 07700 900456: called back\n";
  check_cases("own-keys", {
      {"integrity-personal-data", own},
      {"integrity-hidden-characters", own},
      // A value under a key of the format is read; the key itself is a word of the format.
      {"integrity-personal-data", "continuation:\n  implementation: Ask Dr Amina Begum.\n"},
  });
}

}  // namespace
}  // namespace coprod
