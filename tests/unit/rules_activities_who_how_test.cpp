// Board-assurance rules in the cases their fixtures do not show: each test
// feeds a small proposal and compares every line one rule reports.

#include <string>

#include "check/check.h"
#include "golden.h"
#include "load/loader.h"
#include "minimal_proposal.h"
#include "render/text.h"
#include "rules/registry.h"

namespace coprod {
namespace {

using test::kHeader;

// The lines `rule_id` reports on the proposal header followed by `body`.
std::string reported(std::string_view rule_id, std::string_view body) {
  const Rule* rule = find_rule(rule_id);
  REQUIRE(rule != nullptr);
  Loaded loaded = load_text(std::string(kHeader) + std::string(body), "input.yaml", ".");
  REQUIRE(loaded.errors.empty());
  CheckOptions options = test::fixed_day_options();
  const Result result = check(std::move(loaded), options);
  std::string out;
  for (const Finding& f : result.findings)
    if (f.rule == rule) out += text_line("input.yaml", f) + "\n";
  return out;
}

constexpr std::string_view kActivity = R"(    - id: talk
      title: Talking with patients
      method: focus-group
      stage: design
      date: 2026-01-10
      groups: [patients]
)";

TEST_CASE("how-co-production-level says what engagement is, and when nothing was done") {
  CHECK(reported("how-co-production-level",
                 "how:\n  activities:\n" + std::string(kActivity) + "      level: engagement\n") ==
        "input.yaml:16:14: blocking: the highest level any activity reaches is `engagement` (the "
        "activity `Talking with patients`): that is engagement, not co-production; co-production "
        "needs at least one activity at level `co-design` or `co-production` "
        "[how-co-production-level]\n");
  CHECK(reported("how-co-production-level", "how:\n  power_sharing: Co-chairs.\n") ==
        "input.yaml:9:3: blocking: no co-production activity is described: at least one activity "
        "at level `co-design` or `co-production` is needed [how-co-production-level]\n");
  CHECK(reported("how-co-production-level",
                 "how:\n  activities:\n" + std::string(kActivity) + "      level: co-design\n") ==
        "");
}

TEST_CASE("how-earliest-stage is met by a community group at problem definition") {
  const std::string who = R"(who:
  groups:
    - id: patients
      name: Residents of Tower Hill
      kind: community
how:
  activities:
    - id: talk
      title: Talking with residents
      method: open-space
      level: co-design
      date: 2026-01-10
      groups: [patients]
)";
  CHECK(reported("how-earliest-stage", who + "      stage: problem-definition\n") == "");
  CHECK(reported("how-earliest-stage", who + "      stage: design\n") ==
        "input.yaml:15:5: blocking: people who use services were not involved at the earliest "
        "stage: no `lived-experience`, `carers` or `community` group took part in a "
        "`problem-definition` activity or is named in `origin.defined_with` [how-earliest-stage]\n");
}

TEST_CASE("who-range-of-voices when no group took part in any activity") {
  CHECK(reported("who-range-of-voices", R"(who:
  groups:
    - id: patients
      name: People living with diabetes
      kind: lived-experience
  seldom_heard: [Sessions at the food bank.]
)") == "input.yaml:10:5: warning: no group took part in any activity: a wide range of voices "
       "needs groups of at least three kinds [who-range-of-voices]\n");
}

TEST_CASE("who-paid asks only of people who use services, carers and communities") {
  CHECK(reported("who-paid", R"(who:
  groups:
    - {id: nurses, name: Diabetes nurses, kind: clinical, paid: false}
    - {id: hw, name: Healthwatch Knowsley, kind: healthwatch}
)") == "");
}

TEST_CASE("activities-before-board accepts an activity on the board date itself") {
  const std::string activity = R"(how:
  activities:
    - id: final-check
      title: Final check with the patient panel
      method: co-design-group
      stage: design
      level: co-design
      groups: [patients]
)";
  CHECK(reported("activities-before-board", activity + "      date: 2026-05-01\n") == "");
  CHECK(reported("activities-before-board", activity + "      date: 2026-05-02\n") ==
        "input.yaml:16:13: warning: the activity `Final check with the patient panel` is dated "
        "2026-05-02, after the board meets on 2026-05-01: describe planned co-production under "
        "`continuation`, not as an activity that took place [activities-before-board]\n");
}

}  // namespace
}  // namespace coprod
