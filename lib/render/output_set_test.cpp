#include "render/output_set.h"

#include <doctest/doctest.h>

namespace coprod {
namespace {

std::vector<OutputSpec> paired(std::vector<std::string> formats, std::vector<std::string> outputs) {
  auto result = pair_outputs(formats, outputs);
  REQUIRE(std::holds_alternative<std::vector<OutputSpec>>(result));
  return std::get<std::vector<OutputSpec>>(result);
}

std::string problem(std::vector<std::string> formats, std::vector<std::string> outputs) {
  auto result = pair_outputs(formats, outputs);
  REQUIRE(std::holds_alternative<std::string>(result));
  return std::get<std::string>(result);
}

}  // namespace

TEST_CASE("formats and outputs pair in order, the rest going to standard output") {
  auto specs = paired({}, {});
  REQUIRE(specs.size() == 1);
  CHECK(specs[0].format == Format::text);
  CHECK(specs[0].path == "-");

  specs = paired({}, {"report.txt"});
  REQUIRE(specs.size() == 1);
  CHECK(specs[0].format == Format::text);
  CHECK(specs[0].path == "report.txt");

  specs = paired({"text", "sarif", "junit"}, {"-", "out.sarif", "out.xml"});
  REQUIRE(specs.size() == 3);
  CHECK(specs[0].path == "-");
  CHECK(specs[1].format == Format::sarif);
  CHECK(specs[1].path == "out.sarif");
  CHECK(specs[2].format == Format::junit);

  specs = paired({"sarif", "text"}, {"out.sarif"});
  REQUIRE(specs.size() == 2);
  CHECK(specs[1].format == Format::text);
  CHECK(specs[1].path == "-");
}

TEST_CASE("pairing refuses what would mix or lose output") {
  CHECK(problem({"text", "json"}, {}).find("standard output") != std::string::npos);
  CHECK(problem({"text"}, {"a", "b"}).find("2 --output given for 1 --format") != std::string::npos);
  CHECK(problem({"sarif", "junit"}, {"x", "x"}).find("--output x is given twice") != std::string::npos);
}

}  // namespace coprod
