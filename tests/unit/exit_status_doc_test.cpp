// The exit statuses are described once (core/exit_status.h): the help and
// the manual page are written from the table, and README.md and docs/ci.md
// must hold it as it is, so no description of them can drift.

#include <filesystem>
#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "core/exit_status.h"
#include "golden.h"

namespace coprod {

TEST_CASE("README.md and docs/ci.md give the exit statuses as the table says them") {
  std::string table = "| status | meaning |\n| --- | --- |\n";
  for (const ExitStatus& e : kExitStatuses) table += fmt::format("| {} | {} |\n", e.status, e.meaning);
  for (const char* doc : {"README.md", "docs/ci.md"}) {
    INFO(doc, " should hold this table, as core/exit_status.h says it:\n", table);
    CHECK(test::slurp(std::filesystem::path(COPROD_SOURCE_DIR) / doc).find(table) != std::string::npos);
  }
}

}  // namespace coprod
