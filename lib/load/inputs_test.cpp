#include "load/inputs.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "temp_dir.h"

namespace coprod {
namespace {
namespace fs = std::filesystem;

TEST_CASE("a folder's files come sorted by their whole path, problems kept with theirs") {
  const test::TempDir temp("inputs");
  const fs::path& dir = temp.path;
  fs::create_directories(dir / "x");
  fs::create_directories(dir / ".hidden");
  // As whole paths "x-1.yaml" < "x.yaml" < "x/1.yaml" ('-' < '.' < '/'): a
  // folder's files do not all come before or after its subfolders'.
  for (const char* name : {"x.yaml", "x-1.yaml", "x/1.yaml", "b.yml", "a.yaml", ".hidden/h.yaml",
                           "notes.txt"})
    std::ofstream(dir / name) << "x: 1\n";
  fs::create_symlink(dir / "gone.yaml", dir / "c.yaml");

  const std::vector<Input> list = expand_inputs({dir.string(), "-"}, "<stdin>");
  std::vector<std::string> paths;
  for (const Input& input : list) paths.push_back(input.path);
  const std::string d = dir.string();
  CHECK(paths == std::vector<std::string>{d + "/a.yaml", d + "/b.yml", d + "/c.yaml",
                                          d + "/x-1.yaml", d + "/x.yaml", d + "/x/1.yaml",
                                          "<stdin>"});
  CHECK(list[2].problem == "skipped: a symbolic link to a file that does not exist");
  CHECK(!list[3].problem);
  CHECK(!list[5].is_stdin);
  CHECK(list[6].is_stdin);
}

TEST_CASE("a link in a folder is followed only to a file inside the folder given") {
  const test::TempDir temp("inputs-links");
  const fs::path& dir = temp.path;
  fs::create_directories(dir / "papers" / "sub");
  fs::create_directories(dir / "elsewhere");
  std::ofstream(dir / "papers" / "sub" / "real.yaml") << "x: 1\n";
  std::ofstream(dir / "elsewhere" / "secret.yaml") << "x: 1\n";
  fs::create_symlink(dir / "papers" / "sub" / "real.yaml", dir / "papers" / "inside.yaml");
  fs::create_symlink(dir / "elsewhere" / "secret.yaml", dir / "papers" / "outside.yaml");
  fs::create_symlink("../../elsewhere/secret.yaml", dir / "papers" / "sub" / "up.yaml");

  const std::vector<Input> list = expand_inputs({(dir / "papers").string()}, "<stdin>");
  REQUIRE(list.size() == 4);
  CHECK(list[0].path == (dir / "papers" / "inside.yaml").string());
  CHECK(!list[0].problem);
  CHECK(list[1].path == (dir / "papers" / "outside.yaml").string());
  CHECK(list[1].problem == "skipped: a symbolic link to a file outside the folder being checked");
  CHECK(!list[2].problem);  // sub/real.yaml
  CHECK(list[3].problem == "skipped: a symbolic link to a file outside the folder being checked");
  // Named on the command line, the file is read wherever the link leads.
  const std::vector<Input> named = expand_inputs({(dir / "papers" / "outside.yaml").string()}, "<stdin>");
  REQUIRE(named.size() == 1);
  CHECK(!named[0].problem);
}

TEST_CASE("a folder with no proposals is one input with a problem") {
  const test::TempDir temp("inputs-empty");
  const fs::path& dir = temp.path;
  const std::vector<Input> list = expand_inputs({dir.string()}, "<stdin>");
  REQUIRE(list.size() == 1);
  CHECK(list[0].path == dir.string());
  CHECK(list[0].problem == "no proposals here: no *.yaml or *.yml files in this folder");
}

TEST_CASE("the walk goes down one folder at a time, in the order of whole paths") {
  const test::TempDir temp("inputs-deep");
  const fs::path& dir = temp.path;
  // Names that sort differently on their own and as whole paths: "a" < "a b"
  // < "a-b" < "a.yaml" < "a/", and "a/" must come after all of "a-…".
  for (const char* folder : {"a", "a/b", "a b", "a-b", "z", "empty"}) fs::create_directories(dir / folder);
  for (const char* name : {"a/b/2.yaml", "a/b/1.yml", "a/1.yaml", "a b/1.yaml", "a-b/1.yaml",
                           "a.yaml", "a-.yaml", "z/9.yaml", "m.yml", "z.yaml"})
    std::ofstream(dir / name) << "x: 1\n";
  std::vector<std::string> whole;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) whole.push_back(entry.path().string());
  std::sort(whole.begin(), whole.end());

  InputWalk walk({dir.string(), (dir / "empty").string(), "-", (dir / "m.yml").string()}, "<stdin>");
  std::vector<std::string> seen;
  while (auto input = walk.next()) seen.push_back(input->path + (input->problem ? " !" : ""));
  std::vector<std::string> expected = whole;
  expected.push_back((dir / "empty").string() + " !");  // no proposals here
  expected.push_back("<stdin>");
  expected.push_back((dir / "m.yml").string());
  CHECK(seen == expected);
  CHECK(!walk.next());  // and stays done
}

}  // namespace
}  // namespace coprod
