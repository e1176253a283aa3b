// Each example proposal is written to get one verdict under the whole of
// docs/rules.md, through particular findings. This says which, so a rule that
// starts firing where it should not (or stops firing) fails here, whatever
// the golden files were last regenerated to.
//
// Findings are named by rule id; an id that names no rule fails the test, so
// a renamed rule cannot make an expectation disappear.

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "check/check.h"
#include "load/loader.h"
#include "rules/registry.h"
#include "minimal_proposal.h"

namespace coprod {
namespace {

struct Expected {
  std::string file;
  std::vector<std::string> fires;           // findings that count (blocking or warning)
  std::vector<std::string> waived;          // findings shown as waived
  std::vector<std::string> not_applicable;  // rules reported as not applicable
  bool only = true;  // no other finding above advice may count
  std::vector<std::string> frameworks = {};  // as --framework; empty: the default
};

const std::vector<Expected> kExamples = {
    {"life-rooms.yaml", {}, {}, {}},
    {"online-booking.yaml", {}, {"who-paid"}, {"questions-explored", "outcomes-not-adopted"}},
    {"community-diabetes.yaml", {"who-paid", "who-vcse-healthwatch"}, {}, {}},
    {"maternity-not-satisfied.yaml", {"assurance-satisfied"}, {}, {}},
    // Many more gaps; these are the ones that make it a consultation, not co-production.
    {"urgent-care-consultation.yaml",
     {"activities-before-redesign", "who-lived-experience", "how-earliest-stage",
      "how-co-production-level", "how-decision-open"},
     {},
     {},
     false},
    // The cases rules 2 was written for: each is what a careful reviewer would stop.
    {"qi-workshop-co-design.yaml",
     {"how-co-production-level", "outcomes-changes", "activities-after-redesign"}, {}, {}, false},
    {"survey-only.yaml", {"how-co-production-level", "how-level-plausible"}, {}, {}, false},
    {"planned-after-board.yaml",
     {"how-co-production-level", "outcomes-changes", "activities-before-board",
      "activities-after-redesign"},
     {},
     {},
     false},
    {"recorded-dissent.yaml", {"assurance-dissent"}, {}, {}},
    {"contract-before-asked.yaml", {"how-decision-open", "how-earliest-stage"}, {}, {}},
    {"open-space-residents.yaml", {}, {}, {}},
    // The legal framework (docs/sources/frameworks.md): a lawful consultation, and one
    // that closes after the board decides.
    {"stroke-rehabilitation-consultation.yaml", {}, {}, {}, true,
     {"board-assurance", "legal-duties", "nhse-principles"}},
    {"consultation-after-decision.yaml",
     {"legal-gunning-conscientious", "activities-after-redesign"},
     {},
     {"legal-sos-notified"},
     false,
     {"board-assurance", "legal-duties"}},
};

std::set<std::string> known_rules(const std::vector<std::string>& ids) {
  for (const std::string& id : ids) REQUIRE_MESSAGE(find_rule(id) != nullptr, id, " is not a rule");
  return {ids.begin(), ids.end()};
}

std::filesystem::path examples() { return std::filesystem::path(COPROD_SOURCE_DIR) / "examples"; }

TEST_CASE("every example gets the verdict it was written for") {
  for (const Expected& e : kExamples) {
    CAPTURE(e.file);
    CheckOptions options = test::fixed_day_options();
    for (const std::string& id : e.frameworks) options.frameworks.push_back(find_framework(id));
    const Result r = check(load_file((examples() / e.file).string()), options);
    REQUIRE(r.errors.empty());

    std::set<std::string> counted, waived, not_applicable;
    int worst = 0;  // 0 assured, 1 proceed with conditions, 2 do not proceed
    for (const Finding& f : r.findings) {
      const std::string id(f.rule->id);
      if (f.not_applicable) not_applicable.insert(id);
      else if (f.waiver) waived.insert(id);
      else if (f.severity != Severity::advice) counted.insert(id);
    }
    for (const std::string& id : known_rules(e.fires)) {
      CHECK_MESSAGE(counted.count(id) == 1, id, " should fire");
      worst = std::max(worst, find_rule(id)->severity == Severity::blocking ? 2 : 1);
    }
    if (e.only) CHECK(counted == known_rules(e.fires));
    CHECK(waived == known_rules(e.waived));
    CHECK(not_applicable == known_rules(e.not_applicable));
    const Verdict expected = worst == 2   ? Verdict::do_not_proceed
                             : worst == 1 ? Verdict::conditional
                                          : Verdict::assured;
    CHECK(id(r.verdict) == id(expected));
  }
}

TEST_CASE("the invalid example is reported as invalid, with every error") {
  const Result r = check(load_file((examples() / "invalid-proposal.yaml").string()), {});
  CHECK(r.verdict == Verdict::invalid);
  // A misspelt key (said once: `organisaton`, did you mean `organisation`),
  // a duplicate key, a bad date, a bad method.
  CHECK(r.errors.size() == 4);
}

TEST_CASE("every example in examples/ is listed here") {
  std::set<std::string> listed{"invalid-proposal.yaml"};
  for (const Expected& e : kExamples) listed.insert(e.file);
  for (const auto& entry : std::filesystem::directory_iterator(examples())) {
    if (entry.path().extension() != ".yaml") continue;
    CHECK_MESSAGE(listed.count(entry.path().filename().string()) == 1, entry.path().filename().string(),
                  " needs its expected verdict in tests/unit/examples_test.cpp");
  }
}

}  // namespace
}  // namespace coprod
