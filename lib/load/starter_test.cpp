#include "load/starter.h"

#include <doctest/doctest.h>

#include "check/check.h"
#include "load/loader.h"
#include "golden.h"
#include "load/schema.h"
#include "minimal_proposal.h"

namespace coprod {

TEST_CASE("the starter proposal loads as a valid proposal") {
  const std::string text = starter_proposal(Date{2026, 3, 1});
  const Loaded loaded = load_text(text, "proposal.yaml", ".");
  for (const Error& e : loaded.errors) FAIL_CHECK(e.at.line << ":" << e.at.column << " " << e.message);
  REQUIRE(loaded.ok());
  CHECK(loaded.proposal->proposal.board_date->iso() == "2026-03-01");
  // Until the team says those who took part are satisfied, it is not ready.
  CheckOptions options = test::fixed_day_options();
  CHECK(check(loaded, options).verdict == Verdict::do_not_proceed);
}

TEST_CASE("the starter is the file coprod init writes, whole") {
  // What a team starts from: every section with the format's own help, and
  // placeholders to replace (COPROD_UPDATE_GOLDEN=1 rewrites it for review).
  const std::string text = starter_proposal(Date{2026, 3, 1});
  test::check_golden(test::test_data() / "starter" / "proposal.yaml", text);
  for (const format::Key& key : format::proposal_document().keys) {
    INFO(key.name);
    CHECK(text.find("# " + std::string(key.help)) != std::string::npos);
    CHECK(text.find(std::string(key.name) + ":") != std::string::npos);
  }
}

}  // namespace coprod
