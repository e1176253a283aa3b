#include "core/paths.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <doctest/doctest.h>

#include "temp_dir.h"

namespace coprod {

TEST_CASE("template_dirs puts $COPROD_TEMPLATE_DIR first and keeps only folders that exist") {
  namespace fs = std::filesystem;
  const test::TempDir temp("paths");
  const fs::path& folder = temp.path;
  ::setenv("COPROD_TEMPLATE_DIR", folder.c_str(), 1);
  const auto dirs = template_dirs();
  REQUIRE(!dirs.empty());
  CHECK(dirs.front() == folder.lexically_normal());
  // A build-tree binary (this test) finds the source tree's templates.
  CHECK(std::find(dirs.begin(), dirs.end(), fs::path(COPROD_SOURCE_TEMPLATE_DIR).lexically_normal()) != dirs.end());

  ::setenv("COPROD_TEMPLATE_DIR", (folder / "missing").c_str(), 1);
  for (const fs::path& dir : template_dirs()) CHECK(fs::is_directory(dir));
  ::unsetenv("COPROD_TEMPLATE_DIR");
}

TEST_CASE("executable_path names this test binary") {
  CHECK(std::filesystem::path(executable_path()).filename() == "coprod_tests");
}

}  // namespace coprod
