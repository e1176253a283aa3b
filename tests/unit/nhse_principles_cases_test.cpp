// The nhse-principles rules at their edges: the ways each reports (or stays
// silent) that its single fires.yaml fixture cannot show together, each with
// the document path of the finding. The expected lines are in
// tests/rule-cases/nhse-principles-*.txt.

#include <string>
#include <string_view>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "rule_cases.h"

namespace coprod {
namespace {

using test::kHeader;  // lines 1-7, the board meeting on 2026-05-01; a case starts on line 8

// Each case is checked with the nhse-principles framework selected, and
// compared with tests/rule-cases/nhse-principles-<name>.txt.
void check_nhse_cases(std::string_view name, std::initializer_list<test::Case> cases) {
  test::check_cases(fmt::format("nhse-principles-{}", name), cases,
                    {.framework = "nhse-principles", .silent = "(nothing)\n"});
}

// Lines 8-19: a group of each kind that matters here; activities follow.
constexpr std::string_view kPartners = R"(who:
  groups:
    - {id: patients, name: People living with diabetes, kind: lived-experience}
    - {id: residents, name: Residents of Tower Hill, kind: community}
    - {id: charity, name: Diabetes charity, kind: vcse}
    - {id: healthwatch, name: Healthwatch Knowsley, kind: healthwatch}
    - {id: nurses, name: Diabetes specialist nurses, kind: clinical}
how:
  activities:
)";

std::string partner_activity(std::string_view method, std::string_view stage, std::string_view level,
                     std::string_view date, std::string_view groups) {
  return fmt::format("    - {{id: a-{0}-{1}-{3}, title: \"A {0} at {1}\", method: {0}, stage: {1}, "
                     "level: {2}, date: {3}, groups: [{4}]}}\n",
                     method, stage, level, date, groups);
}

TEST_CASE("nhse-principles: voice and accountability") {
  check_nhse_cases("voice", {
      // Only staff are described.
      {"nhse-voices-in-governance",
       "who:\n  groups:\n    - {id: nurses, name: Nurses, kind: clinical, roles: [governance]}\n"},
      // Carers sit on the programme board: met.
      {"nhse-voices-in-governance",
       "who:\n  groups:\n    - {id: carers, name: Carers forum, kind: carers, roles: [governance]}\n"},
      // Nothing published at all: one finding, where the section belongs.
      {"nhse-public-information", "outcomes:\n  inequalities: Closer clinics.\n"},
      // Every part missing or wrong: one finding naming all of them.
      {"nhse-public-information",
       "publication:\n  date: 2026-06-01\n  covers: [you-said-we-did]\n  formats: []\n"},
      // A path on one computer, and no date.
      {"nhse-public-information",
       "publication:\n  link: /home/comms/plans.pdf\n  covers: [progress]\n  formats: [bsl]\n"},
      // Published on the board date: met.
      {"nhse-public-information",
       "publication:\n  link: https://example.org/plans\n  date: 2026-05-01\n  covers: [progress]\n"
       "  formats: [audio]\n"},
      // "You said, we did" published, no outcomes section.
      {"nhse-accountable", "publication:\n  covers: [you-said-we-did]\n"},
      // The changes are recorded elsewhere.
      {"nhse-accountable",
       "outcomes:\n  changes: {not_applicable: In the appended report.}\npublication:\n"
       "  covers: [plans]\n"},
  });
}

TEST_CASE("nhse-principles: start early") {
  const std::string g(kPartners);
  check_nhse_cases("early", {
      // Defining the problem with patients only after the board; no feedback recorded.
      {"nhse-early-and-feedback",
       g + partner_activity("open-space", "problem-definition", "co-design", "2026-06-10", "patients")},
      // No activity defines the problem; feedback on the board date is in time.
      {"nhse-early-and-feedback",
       g + partner_activity("co-design-group", "design", "co-design", "2026-01-10", "patients") +
           "outcomes:\n  feedback_to_participants: {date: 2026-05-01, how: Letters.}\n"},
      // Community members on the board date, feedback before it: met.
      {"nhse-early-and-feedback",
       g + partner_activity("world-cafe", "problem-definition", "engagement", "2026-05-01", "residents") +
           "outcomes:\n  feedback_to_participants: {date: 2026-04-20}\n"},
  });
}

TEST_CASE("nhse-principles: communities and partners") {
  const std::string g(kPartners);
  check_nhse_cases("communities", {
      // No sources and no evaluation: one finding, naming both.
      {"nhse-needs-and-effect", "continuation:\n  implementation: The panel meets monthly.\n"},
      // Data and what people said, but no evaluation.
      {"nhse-needs-and-effect",
       "origin:\n  sources:\n    - {kind: public-health}\n    - {kind: feedback}\n"},
      // A tagged group took part only after the board.
      {"nhse-excluded-groups", R"(who:
  groups:
    - {id: forum, name: Traveller health forum, kind: community, communities: [gypsy-roma-traveller], relationship: ongoing}
    - {id: nurses, name: Diabetes specialist nurses, kind: clinical}
how:
  activities:
)" + partner_activity("open-space", "design", "co-design", "2026-06-10", "forum") +
           partner_activity("workshop", "design", "co-design", "2026-01-10", "nurses")},
      // Two tagged groups took part, neither said to be ongoing.
      {"nhse-excluded-groups", R"(who:
  groups:
    - {id: forum, name: Traveller health forum, kind: community, communities: [gypsy-roma-traveller]}
    - {id: refugees, name: Refugee women's group, kind: vcse, communities: [refugees-asylum-seekers], relationship: one-off}
how:
  activities:
)" + partner_activity("open-space", "design", "co-design", "2026-01-10", "forum, refugees")},
      // Any kind of group counts: a VCSE group with tags and an ongoing relationship.
      {"nhse-excluded-groups", R"(who:
  groups:
    - {id: refugees, name: Refugee women's group, kind: vcse, communities: [refugees-asylum-seekers], relationship: ongoing}
how:
  activities:
)" + partner_activity("open-space", "design", "co-design", "2026-01-10", "refugees")},
      // Neither Healthwatch nor a VCSE group took part.
      {"nhse-healthwatch-vcse-partners",
       g + partner_activity("open-space", "design", "co-design", "2026-01-10", "patients, nurses")},
      // Two took part, neither as a partner.
      {"nhse-healthwatch-vcse-partners",
       g + partner_activity("open-space", "design", "co-design", "2026-01-10", "charity, healthwatch")},
      // A VCSE partner: met, whatever Healthwatch's roles.
      {"nhse-healthwatch-vcse-partners", R"(who:
  groups:
    - {id: charity, name: Diabetes charity, kind: vcse, roles: [partner]}
    - {id: healthwatch, name: Healthwatch Knowsley, kind: healthwatch}
how:
  activities:
)" + partner_activity("open-space", "design", "co-design", "2026-01-10", "charity, healthwatch")},
  });
}

TEST_CASE("nhse-principles: co-production") {
  const std::string g(kPartners);
  check_nhse_cases("co-production", {
      // Peer research by patients: a community voice, but not a community group.
      {"nhse-community-development",
       g + partner_activity("peer-research", "problem-definition", "co-design", "2026-01-10", "patients")},
      // Open space with a VCSE group before the board: met.
      {"nhse-community-development",
       g + partner_activity("open-space", "design", "co-design", "2026-01-10", "charity")},
      // A survey labelled co-production counts as consultation.
      {"nhse-co-produce-redesign",
       g + partner_activity("survey", "delivery", "co-production", "2026-01-10", "patients")},
      // Co-production at design with staff only.
      {"nhse-co-produce-redesign",
       g + partner_activity("workshop", "design", "co-production", "2026-01-10", "nurses")},
      // Co-production with patients, but at testing.
      {"nhse-co-produce-redesign",
       g + partner_activity("co-design-group", "testing", "co-production", "2026-01-10", "patients")},
      // Delivery co-produced with community members: met.
      {"nhse-co-produce-redesign",
       g + partner_activity("co-design-group", "delivery", "co-production", "2026-05-01", "residents")},
  });
}

TEST_CASE("nhse-principles: learning") {
  check_nhse_cases("learning", {
      // Neither sources nor evaluation.
      {"nhse-learn-build-assets", "questions:\n  - {question: Who else?, plan: Ask them.}\n"},
      // A network to build on, and a lesson: met.
      {"nhse-learn-build-assets",
       "origin:\n  sources:\n    - {kind: network}\nevaluation:\n  improvements: [Start sooner.]\n"},
      // The sources are recorded elsewhere.
      {"nhse-learn-build-assets",
       "origin:\n  sources: {not_applicable: Set by the national programme.}\n"},
  });
}

}  // namespace
}  // namespace coprod
