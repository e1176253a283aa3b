// The rule catalogue as `coprod explain` and `coprod rules` show it.

#include "render/catalogue.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "golden.h"
#include "rules/registry.h"

namespace coprod {
namespace {

using test::check_golden;
using test::test_data;

std::string explained(std::string_view id) {
  const Rule* rule = find_rule(id);
  REQUIRE(rule != nullptr);
  std::ostringstream out;
  explain(*rule, out);
  return out.str();
}

std::string listed(CatalogueFormat format, std::span<const Framework* const> selected = frameworks()) {
  std::ostringstream out;
  list_rules(selected, format, out);
  return out.str();
}

TEST_CASE("explain shows a rule's item, severity, quote, what meets it and an example") {
  check_golden(test_data() / "catalogue" / "explain-who-paid.txt", explained("who-paid"));
  check_golden(test_data() / "catalogue" / "explain-how-co-production-level.txt",
               explained("how-co-production-level"));
}

TEST_CASE("rules lists every rule under its checklist item") {
  check_golden(test_data() / "catalogue" / "rules.txt", listed(CatalogueFormat::text));
}

TEST_CASE("rules as JSON holds every rule with all of its documentation") {
  const auto doc = nlohmann::json::parse(listed(CatalogueFormat::json));
  CHECK(doc["coprod_rules"] == 1);
  const auto rules = all_rules();
  REQUIRE(doc["rules"].size() == rules.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const auto& r = doc["rules"][i];
    INFO(rules[i]->id);
    CHECK(r["id"] == rules[i]->id);
    CHECK(r["framework"] == framework_of(*rules[i]).id);
    CHECK(r["severity"] == name(rules[i]->severity));
    CHECK(r["item"] == rules[i]->item->id);
    CHECK(r["item_number"] == rules[i]->item->number);
    CHECK(r["title"] == rules[i]->title);
    CHECK(r["quote"] == rules[i]->quote);
    CHECK(r["source"] == rules[i]->source);
    CHECK(r["meets"] == rules[i]->meets);
    CHECK(r["example"] == rules[i]->example);
  }
}

TEST_CASE("rules as Markdown, one framework at a time, has a section for every rule, in order") {
  for (const Framework* framework : frameworks()) {
  const std::string markdown = listed(CatalogueFormat::markdown, std::span(&framework, 1));
  std::vector<const Rule*> rules(framework->rules.begin(), framework->rules.end());
  rules.insert(rules.end(), integrity_rules().begin(), integrity_rules().end());
  std::size_t previous = 0;
  for (const Rule* rule : rules) {
    INFO(rule->id);
    const std::size_t at = markdown.find("\n### " + std::string(rule->id) + "\n");
    REQUIRE(at != std::string::npos);
    CHECK(at > previous);
    previous = at;
  }
  }
}

TEST_CASE("an unknown framework id gets a suggestion and the list") {
  CHECK(unknown_framework("legal") ==
        "there is no framework `legal`; did you mean `legal-duties`? The frameworks are "
        "board-assurance, legal-duties, nhse-principles.");
}

TEST_CASE("an unknown rule id gets a suggestion and a pointer to the list") {
  const auto ids = rule_ids();
  CHECK(unknown_rule("who-payd", ids) ==
        "there is no rule `who-payd`; did you mean `who-paid`? Run `coprod rules` to list every "
        "rule.");
  CHECK(unknown_rule("budget", ids) ==
        "there is no rule `budget`. Run `coprod rules` to list every rule.");
}

TEST_CASE("catalogue formats are named as the command line names them") {
  CHECK(parse_catalogue_format("markdown") == CatalogueFormat::markdown);
  CHECK(parse_catalogue_format("sarif") == std::nullopt);
  CHECK(catalogue_format_names().size() == 3);
}

TEST_CASE("every framework's catalogue is in docs, where the docs-rules tests compare it") {
  const std::filesystem::path docs = std::filesystem::path(COPROD_SOURCE_DIR) / "docs";
  for (const Framework* framework : frameworks()) {
    const std::string name = framework == &default_framework()
                                 ? std::string("rules.md")
                                 : "rules-" + std::string(framework->id) + ".md";
    CAPTURE(name);
    CHECK(std::filesystem::is_regular_file(docs / name));
  }
}

}  // namespace
}  // namespace coprod

namespace coprod {
namespace {

// SARIF's helpUri: each rule's section of its framework's page in docs/,
// which must exist there, so that code scanning's "learn more" link lands.
TEST_CASE("every rule's help address is its section of a page in docs/") {
  for (const Rule* rule : all_rules()) {
    CAPTURE(rule->id);
    const std::string page = docs_page(framework_of(*rule));
    const std::string uri = help_uri(*rule);
    if (uri.empty()) continue;  // built with no docs address
    CHECK(uri.ends_with("/" + page + "#" + std::string(rule->id)));
    std::ifstream in(std::filesystem::path(COPROD_SOURCE_DIR) / "docs" / page);
    REQUIRE(in);
    bool found = false;
    for (std::string line; std::getline(in, line);) found = found || line == "### " + std::string(rule->id);
    CHECK(found);
  }
}

}  // namespace
}  // namespace coprod
