#include "core/paths.h"

#include <cstdlib>
#include <filesystem>

#include <doctest/doctest.h>

namespace coprod {

TEST_CASE("template_dirs puts $COPROD_TEMPLATE_DIR first and keeps only folders that exist") {
  namespace fs = std::filesystem;
  const fs::path folder = fs::temp_directory_path() / "coprod-paths-test";
  fs::create_directories(folder);
  ::setenv("COPROD_TEMPLATE_DIR", folder.c_str(), 1);
  const auto dirs = template_dirs();
  REQUIRE(!dirs.empty());
  CHECK(dirs.front() == folder.lexically_normal().string());

  ::setenv("COPROD_TEMPLATE_DIR", (folder / "missing").c_str(), 1);
  for (const std::string& dir : template_dirs()) CHECK(fs::is_directory(dir));
  ::unsetenv("COPROD_TEMPLATE_DIR");
  fs::remove_all(folder);
}

TEST_CASE("executable_path names this test binary") {
  CHECK(std::filesystem::path(executable_path()).filename() == "coprod_tests");
}

}  // namespace coprod
