#include "core/paths.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <doctest/doctest.h>

#include "temp_dir.h"

namespace coprod {

TEST_CASE("template_dirs puts $COPROD_TEMPLATE_DIR first and refuses one that is not a folder") {
  namespace fs = std::filesystem;
  const test::TempDir temp("paths");
  const fs::path& folder = temp.path;
  ::setenv("COPROD_TEMPLATE_DIR", folder.c_str(), 1);
  const auto dirs = template_dirs();
  REQUIRE(!dirs.empty());
  CHECK(dirs.front() == folder.lexically_normal());
  for (const fs::path& dir : dirs) CHECK(fs::is_directory(dir));

  ::setenv("COPROD_TEMPLATE_DIR", (folder / "missing").c_str(), 1);
  CHECK_THROWS_WITH(template_dirs(),
                    ("COPROD_TEMPLATE_DIR is set to `" + (folder / "missing").string() +
                     "`, which is not a folder; point it at a folder of templates, or unset it to "
                     "use coprod's own")
                        .c_str());
  ::unsetenv("COPROD_TEMPLATE_DIR");
  // A build-tree binary (this test) has no templates folder beside it.
  CHECK(template_dirs().empty());
}

TEST_CASE("executable_path names this test binary") {
  CHECK(std::filesystem::path(executable_path()).filename() == "coprod_tests");
}

}  // namespace coprod
