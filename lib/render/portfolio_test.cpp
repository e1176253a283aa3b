#include "render/portfolio.h"

#include <doctest/doctest.h>

namespace coprod {
namespace {

// A checked result with the given status on each checklist item, others met.
Result result_with(std::string file, Verdict verdict, std::vector<std::pair<Item, Status>> statuses) {
  Result r;
  r.file = std::move(file);
  r.verdict = verdict;
  for (const ItemInfo& item : checklist_items()) {
    Status s = Status::met;
    for (const auto& [which, status] : statuses)
      if (which == item.item) s = status;
    r.items.push_back({item.item, s});
  }
  return r;
}

}  // namespace

TEST_CASE("the portfolio ranks the items most often unmet, not met before partly met") {
  Portfolio portfolio;
  portfolio.add(result_with("a.yaml", Verdict::conditional, {{Item::who, Status::partly_met}}));
  portfolio.add(result_with("b.yaml", Verdict::do_not_proceed,
                            {{Item::who, Status::partly_met}, {Item::assurance, Status::not_met}}));
  portfolio.add(result_with("c.yaml", Verdict::do_not_proceed,
                            {{Item::assurance, Status::not_met}, {Item::evaluation, Status::not_applicable}}));
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
  CHECK(j["proposals"][2]["items"][6]["rag"] == "grey");
  CHECK(j["proposals"][1]["items"][7]["rag"] == "red");
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

}  // namespace coprod
