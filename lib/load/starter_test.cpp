#include <algorithm>
#include "load/starter.h"

#include <doctest/doctest.h>

#include "check/check.h"
#include "load/loader.h"
#include "golden.h"
#include "load/schema.h"
#include "minimal_proposal.h"

namespace coprod {

TEST_CASE("an unfilled starter is not a proposal: every placeholder left is an error") {
  std::string text = starter_proposal(Date{2026, 3, 1});
  // As the form was once passed off as a proposal: satisfied, nothing else filled in.
  const std::string unsatisfied = "satisfied: false";
  REQUIRE(text.find(unsatisfied) != std::string::npos);
  text.replace(text.find(unsatisfied), unsatisfied.size(), "satisfied: true");
  const Loaded loaded = load_text(text, "proposal.yaml", ".");
  CHECK_FALSE(loaded.ok());
  // One error for each placeholder outside a comment, and no other error.
  std::size_t placeholders = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line(text.data() + start, end - start);
    if (line.find_first_not_of(' ') != std::string_view::npos && line[line.find_first_not_of(' ')] != '#' &&
        line.find(format::kPlaceholder) != std::string_view::npos)
      ++placeholders;
    start = end + 1;
  }
  CHECK(placeholders > 20);
  CHECK(loaded.errors.size() == placeholders);
  for (const Error& e : loaded.errors) {
    INFO(e.message);
    CHECK(e.message.find("still holds the starter's placeholder") != std::string::npos);
  }
}

TEST_CASE("a filled-in starter is a proposal") {
  std::string text = starter_proposal(Date{2026, 3, 1});
  // Every placeholder replaced with words of the team's own.
  for (std::size_t at = text.find(format::kPlaceholder); at != std::string::npos;
       at = text.find(format::kPlaceholder, at))
    text.replace(at, format::kPlaceholder.size(), "Our ");
  const Loaded loaded = load_text(text, "proposal.yaml", ".");
  for (const Error& e : loaded.errors) FAIL_CHECK(e.at.line << ":" << e.at.column << " " << e.message);
  REQUIRE(loaded.ok());
  CHECK(loaded.proposal->proposal.board_date->iso() == "2026-03-01");
  // Until the team says those who took part are satisfied, it is not ready.
  CHECK(check(loaded, test::fixed_day_options()).verdict == Verdict::do_not_proceed);
}

TEST_CASE("the starter's sections for the frameworks load once turned on and filled in") {
  const std::string text = starter_proposal(Date{2026, 3, 1});
  const std::size_t from = text.find("\n# # a formal public consultation");
  const std::size_t to = text.find("\n# # rules the board has agreed to waive");
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  // Each line's leading `# ` removed, as the comment above the sections says.
  std::string on = text.substr(0, from + 1);
  for (std::size_t start = from + 1; start < to;) {
    const std::size_t end = text.find('\n', start);
    const std::string_view line(text.data() + start, end - start);
    on += std::string(line.starts_with("# ") ? line.substr(2) : line) + "\n";
    start = end + 1;
  }
  on += text.substr(to + 1);
  // A consultation is open for more than a day.
  const std::string closed = "closed: 2026-03-01";
  REQUIRE(on.find(closed) != std::string::npos);
  on.replace(on.find(closed), closed.size(), "closed: 2026-05-24");
  for (std::size_t at = on.find(format::kPlaceholder); at != std::string::npos;
       at = on.find(format::kPlaceholder, at))
    on.replace(at, format::kPlaceholder.size(), "Our ");
  const Loaded loaded = load_text(on, "proposal.yaml", ".");
  for (const Error& e : loaded.errors) FAIL_CHECK(e.at.line << ":" << e.at.column << " " << e.message);
  REQUIRE(loaded.ok());
  const Proposal& p = *loaded.proposal;
  CHECK(p.consultation.given());
  CHECK(*p.consultation->closed == Date{2026, 5, 24});
  CHECK(p.equality->assessment.given());
  CHECK(*p.scrutiny->substantial_variation == false);
  CHECK(*items(p.publication->formats).at(0) == PublicationFormat::easy_read);
  CHECK(*items(items(p.who->groups).at(0).roles).at(0) == Role::participant);
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
