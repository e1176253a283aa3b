#include "load/yaml_tree.h"

#include <string>
#include <utility>

#include <doctest/doctest.h>

using coprod::yaml::Document;
using coprod::yaml::Node;

namespace {

Document parsed(const std::string& text) {
  auto result = coprod::yaml::parse(text);
  REQUIRE(std::holds_alternative<Document>(result));
  return std::move(std::get<Document>(result));
}

}  // namespace

TEST_CASE("a document keeps its own copy of the text: values outlive the text they came from") {
  std::string text =
      "plain: one line, as written\n"
      "folded: two\n  lines\n"
      "quoted: \"an \\\"escape\\\"\"\n"
      "single: 'it''s'\n"
      "block: |\n  kept\n";
  Document doc = parsed(text);
  text.assign(text.size(), 'x');  // the caller's buffer is reused
  const Node& root = doc.root();
  CHECK(root.find("plain")->value == "one line, as written");
  CHECK(root.find("folded")->value == "two lines");
  CHECK(root.find("quoted")->value == "an \"escape\"");
  CHECK(root.find("single")->value == "it's");
  CHECK(root.find("block")->value == "kept\n");
  CHECK(doc.text().starts_with("plain: one line"));
}

TEST_CASE("a moved document's nodes and values stay where they were, even for a tiny text") {
  Document first = parsed("a: b");  // short enough for a string's own buffer
  const Node* root = &first.root();
  Document moved = std::move(first);
  CHECK(&moved.root() == root);
  CHECK(moved.root().find("a")->value == "b");
  CHECK(moved.node_count() == 3);
}

TEST_CASE("child lists are each node's own, however lists and mappings nest") {
  Document doc = parsed(
      "outer:\n"
      "  - [1, 2, {x: 3}]\n"
      "  - inner: [a, b]\n"
      "    after: c\n"
      "last: d\n");
  const Node& root = doc.root();
  REQUIRE(root.pairs() == 2);
  const Node& outer = *root.find("outer");
  REQUIRE(outer.items.size() == 2);
  const Node& flow = *outer.items[0];
  REQUIRE(flow.items.size() == 3);
  CHECK(flow.items[1]->value == "2");
  CHECK(flow.items[2]->find("x")->value == "3");
  const Node& second = *outer.items[1];
  REQUIRE(second.pairs() == 2);
  CHECK(second.find("inner")->items.size() == 2);
  CHECK(second.find("after")->value == "c");
  CHECK(root.find("last")->value == "d");
}

TEST_CASE("an alias shares the anchored node, child list and all") {
  Document doc = parsed("a: &list [x, y]\nb: *list\n");
  CHECK(doc.root().find("a") == doc.root().find("b"));
  CHECK(doc.root().find("b")->items.size() == 2);
}
