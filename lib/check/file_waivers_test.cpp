#include <doctest/doctest.h>

#include "check/check.h"
#include "load/loader.h"
#include "minimal_proposal.h"

namespace coprod {
namespace {

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

const Finding* satisfied_finding(const Result& r) {
  for (const Finding& f : r.findings)
    if (f.rule->id == "assurance-satisfied") return &f;
  return nullptr;
}

Result check_at(std::string file, const CheckOptions& options) {
  return check(load_text(kUnsatisfied, std::move(file), "."), options);
}

}  // namespace

TEST_CASE("configuration waivers apply to the files their globs match, until they expire") {
  CheckOptions options = test::fixed_day_options();
  options.file_waivers.push_back(
      {"assurance-satisfied", {"papers/2026/*.yaml"}, "/repo",
       AppliedWaiver{"A second round is agreed.", "Chair", Date{2026, 6, 30}, ".coprod.yaml"}});

  Result matched = check_at("/repo/papers/2026/p.yaml", options);
  REQUIRE(satisfied_finding(matched) != nullptr);
  REQUIRE(satisfied_finding(matched)->waiver);
  CHECK(satisfied_finding(matched)->waiver->config == ".coprod.yaml");
  CHECK(matched.waived == 1);

  Result other = check_at("/repo/papers/2025/p.yaml", options);
  CHECK(!satisfied_finding(other)->waiver);
  CHECK(other.waived == 0);
  CHECK(other.blocking == matched.blocking + 1);

  options.today = Date{2026, 7, 1};
  CHECK(!satisfied_finding(check_at("/repo/papers/2026/p.yaml", options))->waiver);

  options.today = Date{2026, 1, 1};
  options.apply_waivers = false;
  CHECK(!satisfied_finding(check_at("/repo/papers/2026/p.yaml", options))->waiver);
}

}  // namespace coprod
