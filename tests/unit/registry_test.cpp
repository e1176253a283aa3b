// Tests over the rule registry itself: every rule has an id people can rely
// on, sits with its checklist item, and is documented with a rationale that
// really is in the masterclass slides.

#include <algorithm>
#include <set>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "config/config.h"
#include "golden.h"
#include "load/yaml_tree.h"
#include "rules/board_assurance/items.h"
#include "rules/crosswalk.h"
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

TEST_CASE("a board-assurance rule id starts with its checklist item's id, others with their framework's") {
  for (const Rule* rule : default_framework().rules) {
    INFO(rule->id);
    // docs/rules.md puts where the question came from under assurance.
    if (rule->id == "origin-sources") {
      CHECK(rule->item == &rules::board::assurance);
      continue;
    }
    CHECK(rule->id.starts_with(std::string(rule->item->id) + "-"));
  }
  CHECK(find_framework("legal-duties") != nullptr);
  CHECK(find_framework("nhse-principles") != nullptr);
  for (const Rule* rule : find_framework("legal-duties")->rules) CHECK(rule->id.starts_with("legal-"));
  for (const Rule* rule : find_framework("nhse-principles")->rules) CHECK(rule->id.starts_with("nhse-"));
  for (const Rule* rule : integrity_rules()) {
    CHECK(rule->id.starts_with("integrity-"));
    CHECK(is_integrity(*rule));
  }
}

TEST_CASE("each framework's rules are grouped by its checklist items, in order") {
  for (const Framework* framework : frameworks()) {
    const auto position = [&](const ItemInfo* item) {
      const auto at = std::find(framework->items.begin(), framework->items.end(), item);
      return at - framework->items.begin();
    };
    for (const Rule* rule : framework->rules) {
      INFO(framework->id, ": ", rule->id);
      CHECK(position(rule->item) < static_cast<long>(framework->items.size()));
      CHECK(&framework_of(*rule) == framework);
    }
    for (std::size_t i = 1; i < framework->rules.size(); ++i) {
      INFO(framework->rules[i - 1]->id, " then ", framework->rules[i]->id);
      CHECK(position(framework->rules[i - 1]->item) <= position(framework->rules[i]->item));
    }
  }
}

TEST_CASE("framework ids are unique, and the configuration accepts exactly them") {
  std::vector<std::string_view> ids = framework_ids();
  CHECK(std::set<std::string_view>(ids.begin(), ids.end()).size() == ids.size());
  for (std::string_view id : ids) {
    CAPTURE(id);
    const LoadedConfig loaded =
        load_config_text(fmt::format("coprod_config: 1\nframeworks: [{}]\n", id), ".coprod.yaml", ".");
    CHECK(loaded.errors.empty());
  }
  const LoadedConfig unknown =
      load_config_text("coprod_config: 1\nframeworks: [legal]\n", ".coprod.yaml", ".");
  REQUIRE(unknown.errors.size() == 1);
  CHECK(unknown.errors[0].message ==
        "`legal` is not a known framework for `frameworks[0]`; use one of `board-assurance`, "
        "`legal-duties` or `nhse-principles`");
  CHECK(ids.front() == "board-assurance");
}

TEST_CASE("the crosswalk names real frameworks, items and board-assurance rules") {
  for (const CrosswalkEntry& entry : crosswalk()) {
    INFO(entry.framework, "/", entry.item);
    const Framework* framework = find_framework(entry.framework);
    REQUIRE(framework != nullptr);
    CHECK(std::any_of(framework->items.begin(), framework->items.end(),
                      [&](const ItemInfo* item) { return item->id == entry.item; }));
    std::istringstream ids{std::string(entry.rules)};
    for (std::string id; ids >> id;) {
      INFO(id);
      const Rule* rule = find_rule(id);
      REQUIRE(rule != nullptr);
      CHECK(&framework_of(*rule) == &default_framework());
    }
  }
}

TEST_CASE("a rule also serves only the selected frameworks, never its own") {
  const Rule* decision_open = find_rule("how-decision-open");
  REQUIRE(decision_open != nullptr);
  const std::vector<const Framework*> all(frameworks().begin(), frameworks().end());
  const auto also = also_serves(*decision_open, all);
  REQUIRE(also.size() == 1);
  CHECK(also[0].framework->id == "legal-duties");
  CHECK(also[0].item->id == "consultation");
  const std::vector<const Framework*> board_only{&default_framework()};
  CHECK(also_serves(*decision_open, board_only).empty());
  const auto origin = also_serves(*find_rule("origin-sources"), all);
  REQUIRE(origin.size() == 2);
  CHECK(origin[0].item->id == "communities");
  CHECK(origin[1].item->id == "learning");
}

TEST_CASE("find_rule finds every rule by id and nothing else") {
  for (const Rule* rule : all_rules()) CHECK(find_rule(rule->id) == rule);
  CHECK(find_rule("who-payd") == nullptr);
  CHECK(find_rule("") == nullptr);
}

TEST_CASE("every rule is documented, with a quote that is in its framework's sources") {
  const std::filesystem::path sources = std::filesystem::path(COPROD_SOURCE_DIR) / "docs" / "sources";
  // The masterclass slides for board assurance (and integrity); for the
  // others, the passages docs/sources/frameworks.md quotes from their sources.
  const std::string slides = as_read(test::slurp(sources / "masterclass-coproduction-2022.txt"));
  const std::string passages = as_read(test::slurp(sources / "frameworks.md"));
  REQUIRE(slides.size() > 1000);
  REQUIRE(passages.size() > 1000);
  for (const Rule* rule : all_rules()) {
    const bool board = &framework_of(*rule) == &default_framework();
    INFO(rule->id);
    CHECK(!rule->title.empty());
    CHECK(!rule->quote.empty());
    CHECK(!rule->source.empty());
    CHECK(!rule->meets.empty());
    CHECK(!rule->example.empty());
    CHECK(static_cast<bool>(rule->check));
    CHECK((board ? slides : passages).find(as_read(rule->quote)) != std::string::npos);
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
