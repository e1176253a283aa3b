#include <doctest/doctest.h>

#include "check/check.h"
#include "load/loader.h"
#include "minimal_proposal.h"

namespace coprod {
namespace {

// Not satisfied, and no one owns co-production at board level.
constexpr std::string_view kUnsatisfied = R"(coprod: 1
proposal:
  title: T
  organisation: O
  lead: L
  board_date: 2026-05-01
  decision: D
assurance:
  satisfied: false
)";

const Finding* finding_of(const Result& r, std::string_view rule) {
  for (const Finding& f : r.findings)
    if (f.rule->id == rule) return &f;
  return nullptr;
}

const Finding* ownership_finding(const Result& r) { return finding_of(r, "assurance-board-ownership"); }

Result check_at(std::string file, const CheckOptions& options) {
  return check(load_text(kUnsatisfied, std::move(file), "."), options);
}

FileWaiver waiver_of(std::string rule) {
  Waiver w;
  w.rule.value = std::move(rule);
  w.reason.value = "A second round is agreed.";
  w.approved_by.value = "Chair";
  w.expires.value = Date{2026, 6, 30};
  return {w, {"papers/2026/*.yaml"}, "/repo", ".coprod.yaml"};
}

}  // namespace

TEST_CASE("configuration waivers apply to the files their globs match, until they expire") {
  CheckOptions options = test::fixed_day_options();
  options.file_waivers.push_back(waiver_of("assurance-board-ownership"));

  Result matched = check_at("/repo/papers/2026/p.yaml", options);
  REQUIRE(ownership_finding(matched) != nullptr);
  REQUIRE(ownership_finding(matched)->waiver);
  CHECK(ownership_finding(matched)->waiver->config == ".coprod.yaml");
  CHECK(matched.waived == 1);

  Result other = check_at("/repo/papers/2025/p.yaml", options);
  CHECK(!ownership_finding(other)->waiver);
  CHECK(other.waived == 0);
  CHECK(other.warning == matched.warning + 1);

  options.today = Date{2026, 7, 1};
  CHECK(!ownership_finding(check_at("/repo/papers/2026/p.yaml", options))->waiver);

  options.today = Date{2026, 1, 1};
  options.apply_waivers = false;
  CHECK(!ownership_finding(check_at("/repo/papers/2026/p.yaml", options))->waiver);
}

TEST_CASE("a waiver of a board absolute waives nothing, however it reaches the check") {
  // The configuration refuses such a waiver when it is loaded; the check
  // itself never applies one either.
  CheckOptions options = test::fixed_day_options();
  options.file_waivers.push_back(waiver_of("assurance-satisfied"));
  const Result r = check_at("/repo/papers/2026/p.yaml", options);
  REQUIRE(finding_of(r, "assurance-satisfied") != nullptr);
  CHECK(!finding_of(r, "assurance-satisfied")->waiver);
  CHECK(r.verdict == Verdict::do_not_proceed);
}

}  // namespace coprod
