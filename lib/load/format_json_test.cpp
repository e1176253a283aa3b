#include "load/format_json.h"

#include <doctest/doctest.h>

namespace coprod::format {
namespace {

const nlohmann::ordered_json& key(const nlohmann::ordered_json& keys, std::string_view name) {
  for (const auto& k : keys)
    if (k["key"] == name) return k;
  FAIL("no key " << name);
  return keys;
}

}  // namespace

TEST_CASE("the format's JSON has every section in the table's order, after its version") {
  const auto json = format_json(proposal_document());
  CHECK(json["format"] == "a coprod proposal");
  CHECK(json["version_key"] == "coprod");
  CHECK(json["version"] == kVersion);
  std::vector<std::string> sections;
  for (const auto& s : json["sections"]) sections.push_back(s["key"]);
  std::vector<std::string> expected;
  for (const Key& k : proposal_document().keys)
    if (k.shape->kind != Kind::version) expected.emplace_back(k.name);
  CHECK(sections == expected);
  CHECK(sections.front() == "proposal");
}

TEST_CASE("a key in the format's JSON says its kind, label, help, choices and the keys inside it") {
  const auto json = format_json(proposal_document());
  const auto& who = key(json["sections"], "who");
  CHECK(who["kind"] == "mapping");
  CHECK(who["not_applicable"] == true);
  CHECK(who["required"] == false);
  const auto& groups = key(who["keys"], "groups");
  CHECK(groups["kind"] == "list");
  CHECK(groups["item"]["kind"] == "mapping");
  const auto& kind = key(groups["item"]["keys"], "kind");
  CHECK(kind["kind"] == "choice");
  CHECK(kind["required"] == true);
  CHECK(kind["label"] == "What kind of group");  // the help, as a form labels it
  CHECK(kind["help"] == "what kind of group");
  CHECK(kind["choices"][0] == nlohmann::ordered_json{{"value", "lived-experience"}, {"words", "Lived experience"}});
  const auto& activities = key(key(json["sections"], "how")["keys"], "activities");
  CHECK(key(activities["item"]["keys"], "groups")["min_items"] == 1);
  CHECK(key(activities["item"]["keys"], "date")["kind"] == "date");
  const auto& satisfied = key(key(json["sections"], "assurance")["keys"], "satisfied");
  CHECK(satisfied["kind"] == "boolean");
  CHECK(satisfied["required"] == true);
}

}  // namespace coprod::format
