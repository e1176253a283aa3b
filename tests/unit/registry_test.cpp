// Tests over the rule registry itself: every rule has an id people can rely
// on, sits with its checklist item, and is documented with a rationale that
// really is in the masterclass slides.

#include <algorithm>
#include <set>
#include <string>

#include "golden.h"
#include "load/yaml_tree.h"
#include "rules/registry.h"

namespace coprod {
namespace {

// The slides' text as a reader sees it: emphasis markers dropped and every
// run of spaces and line breaks as one space, so a quote may cross a line
// break in the slide layout but must otherwise be word for word.
std::string as_read(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "**") == 0) {
      ++i;
      continue;
    }
    const bool space = text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += text[i];
    }
  }
  return out;
}

bool is_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

TEST_CASE("rule ids are unique and written [a-z0-9-]+") {
  std::set<std::string_view> seen;
  for (const Rule* rule : all_rules()) {
    INFO(rule->id);
    CHECK(is_id(rule->id));
    CHECK(seen.insert(rule->id).second);
  }
  CHECK(seen.size() == rule_ids().size());
}

TEST_CASE("a rule id starts with its checklist item's id") {
  for (const Rule* rule : all_rules()) {
    INFO(rule->id);
    // RULES.md puts where the question came from under assurance.
    if (rule->id == "origin-sources") {
      CHECK(rule->item == Item::assurance);
      continue;
    }
    CHECK(rule->id.starts_with(std::string(info(rule->item).id) + "-"));
  }
}

TEST_CASE("rules are grouped by checklist item, in checklist order") {
  const auto rules = all_rules();
  for (std::size_t i = 1; i < rules.size(); ++i) {
    INFO(rules[i - 1]->id, " then ", rules[i]->id);
    CHECK(static_cast<int>(rules[i - 1]->item) <= static_cast<int>(rules[i]->item));
  }
}

TEST_CASE("find_rule finds every rule by id and nothing else") {
  for (const Rule* rule : all_rules()) CHECK(find_rule(rule->id) == rule);
  CHECK(find_rule("who-payd") == nullptr);
  CHECK(find_rule("") == nullptr);
}

TEST_CASE("every rule is documented, with a quote that is in the slides") {
  const std::string slides = as_read(
      test::slurp(std::filesystem::path(COPROD_SOURCE_DIR) / "docs" / "sources" /
                  "masterclass-coproduction-2022.txt"));
  REQUIRE(slides.size() > 1000);
  for (const Rule* rule : all_rules()) {
    INFO(rule->id);
    CHECK(!rule->title.empty());
    CHECK(!rule->quote.empty());
    CHECK(!rule->source.empty());
    CHECK(!rule->meets.empty());
    CHECK(!rule->example.empty());
    CHECK(static_cast<bool>(rule->check));
    CHECK(slides.find(as_read(rule->quote)) != std::string::npos);
  }
}

TEST_CASE("every rule's example is YAML that parses") {
  for (const Rule* rule : all_rules()) {
    INFO(rule->id, "\n", rule->example);
    CHECK(std::holds_alternative<yaml::Document>(yaml::parse(rule->example)));
    CHECK(rule->example.ends_with("\n"));
  }
}

}  // namespace
}  // namespace coprod
