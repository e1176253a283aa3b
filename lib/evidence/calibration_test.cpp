// The phrase lists against the calibration set beside the project
// (../shared/calibration/set-a, as a board reviewer judged it): on the
// proposals the reviewer assured, nothing in their free text or their
// evidence notes may read as process dissent, a decision taken first, a
// parked question or harm. Without the set (a clone on its own) the test
// says so and passes.

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "evidence/read.h"
#include "evidence/statements.h"
#include "load/yaml_tree.h"

namespace coprod::evidence {
namespace {

namespace fs = std::filesystem;

std::string file_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every statement of kinds a-d in a proposal's text values and in the
// evidence its `evidence` values name, as "where: kind: sentence".
void statements_of_case(const fs::path& folder, const std::string& name, std::vector<std::string>& out) {
  const std::string text = file_text(folder / name);
  auto parsed = yaml::parse(text);
  REQUIRE_MESSAGE(std::holds_alternative<yaml::Document>(parsed), name);
  const auto keep = [&](const std::vector<Statement>& found) {
    for (const Statement& s : found)
      if (s.kind != Kind::outcome_dissent)
        out.push_back(fmt::format("{}: {}: {}", s.where(), kind_name(s.kind), s.sentence));
  };
  std::vector<const yaml::Node*> stack{&std::get<yaml::Document>(parsed).root()};
  while (!stack.empty()) {
    const yaml::Node* node = stack.back();
    stack.pop_back();
    if (node->is_mapping()) {
      for (std::size_t i = 0; i < node->pairs(); ++i) {
        const yaml::Node& value = node->value_at(i);
        if (node->key(i).value == "evidence" && value.is_scalar())
          keep(statements(read(folder.string(), value.value)));
        else
          stack.push_back(&value);
      }
    } else if (node->is_sequence()) {
      for (const yaml::Node* item : node->items) stack.push_back(item);
    } else if (node->is_scalar() && node->value.find(' ') != std::string_view::npos) {
      keep(statements(text_of(node->value, name, node->at.line)));
    }
  }
}

}  // namespace

TEST_CASE("no proposal the calibration reviewer assured reads as dissent, a decision taken first, a parked question or harm") {
  const fs::path folder = fs::path(COPROD_SOURCE_DIR) / ".." / "shared" / "calibration" / "set-a";
  if (!fs::exists(folder / "expected.json")) {
    MESSAGE("the calibration set is not beside this folder: nothing to check");
    return;
  }
  const auto expected = nlohmann::json::parse(file_text(folder / "expected.json"));
  int assured = 0;
  for (const auto& c : expected.at("cases")) {
    if (c.at("reviewer_verdict") != "assured") continue;
    const std::string name = c.at("case").get<std::string>() + ".yaml";
    if (!fs::exists(folder / name)) continue;
    ++assured;
    std::vector<std::string> found;
    statements_of_case(folder, name, found);
    INFO(name);
    CHECK(found == std::vector<std::string>{});
  }
  CHECK(assured > 0);
}

}  // namespace coprod::evidence
