#include "load/inputs.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

namespace coprod {
namespace {
namespace fs = std::filesystem;

TEST_CASE("a folder's files come sorted by their whole path, problems kept with theirs") {
  const fs::path dir = fs::temp_directory_path() / fmt::format("coprod-inputs-{}", ::getpid());
  fs::remove_all(dir);
  fs::create_directories(dir / "x");
  fs::create_directories(dir / ".hidden");
  // As whole paths "x-1.yaml" < "x.yaml" < "x/1.yaml" ('-' < '.' < '/'): a
  // folder's files do not all come before or after its subfolders'.
  for (const char* name : {"x.yaml", "x-1.yaml", "x/1.yaml", "b.yml", "a.yaml", ".hidden/h.yaml",
                           "notes.txt"})
    std::ofstream(dir / name) << "x: 1\n";
  fs::create_symlink(dir / "gone.yaml", dir / "c.yaml");

  const InputList list = list_inputs({dir.string(), "-"}, "<stdin>");
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < list.size(); ++i) paths.emplace_back(list.path(i));
  const std::string d = dir.string();
  CHECK(paths == std::vector<std::string>{d + "/a.yaml", d + "/b.yml", d + "/c.yaml",
                                          d + "/x-1.yaml", d + "/x.yaml", d + "/x/1.yaml",
                                          "<stdin>"});
  CHECK(list[2].problem == "skipped: a symbolic link to a file that does not exist");
  CHECK(!list[3].problem);
  CHECK(!list.is_stdin(5));
  CHECK(list.is_stdin(6));
  CHECK(list[6].is_stdin);

  // The plain list says the same.
  const std::vector<Input> plain = expand_inputs({dir.string(), "-"}, "<stdin>");
  REQUIRE(plain.size() == list.size());
  for (std::size_t i = 0; i < plain.size(); ++i) {
    CHECK(plain[i].path == list.path(i));
    CHECK(plain[i].problem == list[i].problem);
  }
  fs::remove_all(dir);
}

TEST_CASE("a folder with no proposals is one input with a problem") {
  const fs::path dir = fs::temp_directory_path() / fmt::format("coprod-inputs-empty-{}", ::getpid());
  fs::remove_all(dir);
  fs::create_directories(dir);
  const InputList list = list_inputs({dir.string()}, "<stdin>");
  REQUIRE(list.size() == 1);
  CHECK(list.path(0) == dir.string());
  CHECK(list[0].problem == "no proposals here: no *.yaml or *.yml files in this folder");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace coprod
