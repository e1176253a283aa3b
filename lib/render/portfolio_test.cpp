#include "render/portfolio.h"

#include <set>

#include <doctest/doctest.h>

#include "golden.h"
#include "load/loader.h"
#include "minimal_proposal.h"
#include "rules/board_assurance/items.h"
#include "rules/registry.h"

namespace coprod {
namespace {

// A checked result with the given status on each checklist item, others met.
Result result_with(std::string file, Verdict verdict, std::vector<std::pair<const ItemInfo*, Status>> statuses) {
  Result r;
  r.file = std::move(file);
  r.verdict = verdict;
  FrameworkResult& fr = r.frameworks.emplace_back();
  fr.framework = &default_framework();
  fr.verdict = verdict;
  for (const ItemInfo* item : checklist(default_framework())) {
    Status s = Status::met;
    for (const auto& [which, status] : statuses)
      if (which == item) s = status;
    fr.items.push_back({item, s});
  }
  return r;
}

}  // namespace

TEST_CASE("the portfolio ranks the items most often unmet, not met before partly met") {
  Portfolio portfolio;
  portfolio.add(result_with("a.yaml", Verdict::conditional, {{&rules::board::who, Status::partly_met}}));
  portfolio.add(result_with("b.yaml", Verdict::do_not_proceed,
                            {{&rules::board::who, Status::partly_met}, {&rules::board::assurance, Status::not_met}}));
  portfolio.add(result_with("c.yaml", Verdict::do_not_proceed,
                            {{&rules::board::assurance, Status::not_met}, {&rules::board::evaluation, Status::not_applicable}}));
  Result invalid;
  invalid.file = "bad.yaml";
  invalid.errors.push_back({{3, 5}, "write jo@example.org as a role"});
  portfolio.add(invalid);

  const nlohmann::json j = portfolio.json();
  CHECK(j["coprod_portfolio"] == 1);
  REQUIRE(j["most_unmet"].size() == 2);
  CHECK(j["most_unmet"][0]["id"] == "assurance");  // 2 not met outranks 2 partly met
  CHECK(j["most_unmet"][0]["not_met"] == 2);
  CHECK(j["most_unmet"][1]["id"] == "who");
  CHECK(j["most_unmet"][1]["partly_met"] == 2);
  CHECK(j["totals"]["proposals"] == 4);
  CHECK(j["totals"]["invalid"] == 1);
  // Do not proceed first, then with conditions, then not valid; by file when no board date.
  CHECK(j["proposals"][0]["file"] == "b.yaml");
  CHECK(j["proposals"][1]["file"] == "c.yaml");
  CHECK(j["proposals"][2]["file"] == "a.yaml");
  CHECK(j["proposals"][1]["items"][6]["rag"] == "grey");
  CHECK(j["proposals"][0]["items"][7]["rag"] == "red");
  // An invalid document keeps its first error, located, with personal data redacted.
  CHECK(j["proposals"][3]["verdict"] == "invalid");
  CHECK(j["proposals"][3]["first_error"] == "line 3, column 5: write [redacted: an e-mail address] as a role");
}

TEST_CASE("status letters and colours never rely on colour alone") {
  CHECK(rag_letter(Status::met) == "G");
  CHECK(rag_letter(Status::partly_met) == "A");
  CHECK(rag_letter(Status::not_met) == "R");
  CHECK(rag_letter(Status::not_applicable) == "N/A");
  CHECK(rag_colour(Status::not_applicable) == "grey");
}

TEST_CASE("a portfolio row names its file from where the report was run, with its waivers and dissent") {
  const std::filesystem::path base = test::test_data() / "inputs";
  Portfolio portfolio(true, base, Date{2026, 6, 30});
  portfolio.add(check(load_file((base / "appendix" / "dissent.yaml").string()), test::fixed_day_options()));
  const nlohmann::json j = portfolio.json();
  const nlohmann::json& row = j["proposals"][0];
  CHECK(row["file"] == "appendix/dissent.yaml");
  REQUIRE(row["waivers"].size() == 1);
  CHECK(row["waivers"][0]["rule"] == "activities-evidenced");
  CHECK(row["waivers"][0]["approved_by"] == "Director of Social Inclusion");
  CHECK(row["waivers"][0]["expires"] == "2026-12-31");
  REQUIRE(row["dissent"].size() == 1);
  CHECK(row["dissent"][0]["group"] == "Residents of Northwood and Tower Hill");
  CHECK(row["dissent"][0]["resolved"] == false);

  // Outside the folder the report was run in, a file keeps the name it was given.
  Portfolio elsewhere(true, base / "configured", Date{2026, 6, 30});
  Result r;
  r.file = (base / "appendix" / "dissent.yaml").string();
  elsewhere.add(r);
  CHECK(elsewhere.json()["proposals"][0]["file"] == r.file);

  // docs/json-report.md describes every key the portfolio writes.
  std::set<std::string> keys;
  std::vector<const nlohmann::json*> todo{&j};
  while (!todo.empty()) {
    const nlohmann::json* at = todo.back();
    todo.pop_back();
    if (at->is_object())
      for (const auto& [key, value] : at->items()) {
        keys.insert(key);
        todo.push_back(&value);
      }
    else if (at->is_array())
      for (const auto& value : *at) todo.push_back(&value);
  }
  const std::string doc = test::slurp(std::filesystem::path(COPROD_SOURCE_DIR) / "docs/json-report.md");
  const std::string portfolio_part = doc.substr(doc.find("## The portfolio report"));
  for (const std::string& key : keys) {
    INFO("the portfolio JSON writes `", key, "`, which docs/json-report.md does not describe");
    CHECK(portfolio_part.find(key) != std::string::npos);
  }
}

}  // namespace coprod
