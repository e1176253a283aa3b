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
    std::ofstream(dir / name) << "coprod: 1\n";
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
  std::ofstream(dir / "papers" / "sub" / "real.yaml") << "coprod: 1\n";
  std::ofstream(dir / "elsewhere" / "secret.yaml") << "coprod: 1\n";
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
    std::ofstream(dir / name) << "coprod: 1\n";
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

TEST_CASE("a text looks like a proposal by its top-level keys") {
  CHECK(looks_like_proposal("coprod: 1\n"));
  CHECK(looks_like_proposal("\xEF\xBB\xBF# a comment\n\"coprod\" : 1\r\n"));
  CHECK(looks_like_proposal("proposal:\n  title: x\n"));    // lost its `coprod:` line
  CHECK(looks_like_proposal("who:\n  groups: [\n"));         // and not valid YAML
  CHECK(!looks_like_proposal("site_name: x\nnav:\n  - coprod: 1\n"));
  CHECK(!looks_like_proposal("name: CI\non: [push]\n"));
  CHECK(!looks_like_proposal("coprod_config: 1\n"));
  CHECK(!looks_like_proposal("coprodx: 1\n  coprod: 1\n# coprod: 1\n"));
  CHECK(!looks_like_proposal("text: |\n  who: x\n"));
  CHECK(!looks_like_proposal(""));
}

TEST_CASE("a folder walk reads proposals, skips other YAML and excluded paths, and says so") {
  const test::TempDir temp("inputs-walk");
  const fs::path& dir = temp.path;
  for (const char* folder : {"papers", "site", "drafts/old"}) fs::create_directories(dir / folder);
  std::ofstream(dir / "mkdocs.yml") << "site_name: x\n";
  std::ofstream(dir / "papers/a.yaml") << "coprod: 1\n";
  std::ofstream(dir / "papers/lost.yaml") << "# no version line\nproposal:\n  title: x\n";
  std::ofstream(dir / "papers/notes.yml") << "notes: x\n";
  std::ofstream(dir / "site/b.yaml") << "coprod: 1\n";
  std::ofstream(dir / "drafts/old/c.yaml") << "coprod: 1\n";
  const std::string d = dir.string();

  WalkOptions options;
  options.exclude = {{"notes.yml", d, "test"}, {"site/**", d, "test"}, {"drafts", d, "test"}};
  std::vector<std::string> skipped;
  options.skipped = [&](const std::string& path, const std::string& why) {
    skipped.push_back(path + ": " + why);
  };
  std::vector<std::string> paths;
  for (const Input& input : expand_inputs({d}, "<stdin>", options)) paths.push_back(input.path);
  CHECK(paths == std::vector<std::string>{d + "/papers/a.yaml", d + "/papers/lost.yaml"});
  CHECK(skipped == std::vector<std::string>{
                       d + "/drafts: folder excluded by `drafts` (test)",
                       d + "/mkdocs.yml: not a proposal: no top-level `coprod:` key, nor any of a "
                           "proposal's sections",
                       d + "/papers/notes.yml: file excluded by `notes.yml` (test)",
                       d + "/site/b.yaml: file excluded by `site/**` (test)"});

  // Nothing left: one input with a problem, which fails the run.
  const std::vector<Input> none = expand_inputs({(dir / "site").string()}, "<stdin>",
                                                {{{"*.yaml", d, "test"}}, false, nullptr});
  REQUIRE(none.size() == 1);
  CHECK(none[0].problem ==
        "no proposals here: nothing in this folder has a top-level `coprod:` key, or all of it is "
        "excluded (1 skipped; --verbose lists them)");

  // A named file is read whatever it holds, unless named files are filtered.
  const std::string mkdocs = (dir / "mkdocs.yml").string();
  const std::string site = (dir / "site/b.yaml").string();
  CHECK(expand_inputs({mkdocs, site}, "<stdin>", options).size() == 2);
  options.filter_named = true;
  CHECK(expand_inputs({mkdocs, site, (dir / "papers/a.yaml").string(), "-"}, "<stdin>", options)
            .size() == 2);
}

}  // namespace
}  // namespace coprod
