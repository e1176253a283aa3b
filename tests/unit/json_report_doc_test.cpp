// docs/json-report.md must name every field the JSON report writes, so the
// documentation cannot drift from lib/render/json.cpp.

#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "check/check.h"
#include "golden.h"
#include "load/loader.h"
#include "render/render.h"
#include "minimal_proposal.h"

namespace coprod {
namespace {

void collect_keys(const nlohmann::json& j, std::set<std::string>& keys) {
  if (j.is_object()) {
    for (const auto& [key, value] : j.items()) {
      keys.insert(key);
      collect_keys(value, keys);
    }
  } else if (j.is_array()) {
    for (const auto& value : j) collect_keys(value, keys);
  }
}

TEST_CASE("docs/json-report.md documents every field of the JSON report") {
  CheckOptions options = test::fixed_day_options();
  std::ostringstream out;
  auto renderer = make_renderer(Format::json, RenderOptions{});
  Summary summary;
  renderer->begin(out);
  // A valid proposal with a waived and a not-applicable finding, and an invalid one.
  for (const char* file : {"inputs/markdown-hostile.yaml", "inputs/list.yaml"}) {
    Result result = check(load_file((test::test_data() / file).string()), options);
    summary.add(result);
    renderer->proposal(result, out);
  }
  renderer->end(summary, out);

  std::set<std::string> keys;
  collect_keys(nlohmann::json::parse(out.str()), keys);
  REQUIRE(keys.count("waiver") == 1);
  REQUIRE(keys.count("errors") == 1);

  const std::string doc = test::slurp(std::filesystem::path(COPROD_SOURCE_DIR) / "docs/json-report.md");
  for (const std::string& key : keys) {
    INFO("the JSON report writes `", key, "`, which docs/json-report.md does not describe");
    CHECK(doc.find("`" + key + "`") != std::string::npos);
  }
}

}  // namespace
}  // namespace coprod
