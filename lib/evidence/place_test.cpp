#include "evidence/place.h"

#include <filesystem>

#include <doctest/doctest.h>
#include <sys/stat.h>

#include "temp_dir.h"

namespace coprod::evidence {
namespace {

namespace fs = std::filesystem;

}  // namespace

TEST_CASE("where a link leads: https, a file at or below the folder, and every way out") {
  const test::TempDir dir("evidence-place");
  fs::create_directories(dir.path / "proposal" / "evidence" / "deeper");
  dir.write("proposal/evidence/notes.md", "notes\n");
  dir.write("proposal/evidence/deeper/more.md", "more\n");
  dir.write("secret.md", "not the proposal's\n");
  const std::string folder = (dir.path / "proposal").string();

  CHECK(where(folder, "https://example.org/report").where == Where::web);
  CHECK(where(folder, "https://").where == Where::not_https);
  CHECK(where(folder, "http://example.org/report").where == Where::not_https);
  CHECK(where(folder, "file:///etc/passwd").where == Where::not_https);

  const Place notes = where(folder, "evidence/notes.md");
  CHECK(notes.where == Where::file);
  CHECK(notes.path == fs::canonical(dir.path / "proposal" / "evidence" / "notes.md").string());
  CHECK(where(folder, "./evidence/deeper/../notes.md").where == Where::file);
  CHECK(where(folder, "evidence/deeper/more.md").where == Where::file);

  CHECK(where(folder, "evidence").where == Where::folder);
  CHECK(where(folder, "evidence/none.md").where == Where::missing);
  CHECK(where(folder, "").where == Where::missing);
  CHECK(where(folder, std::string_view("evidence/notes.md\0.txt", 22)).where == Where::missing);

  CHECK(where(folder, "/etc/passwd").where == Where::absolute);
  CHECK(where(folder, "../secret.md").where == Where::outside);
  CHECK(where(folder, "evidence/../../secret.md").where == Where::outside);
  CHECK(where(folder, "../../../../../../../etc/passwd").where == Where::outside);
  // Out and back in again is still a path that leaves: ".." is judged as written.
  CHECK(where(folder, "../proposal/evidence/notes.md").where == Where::outside);
  // A path that leaves is a finding even when nothing is there.
  CHECK(where(folder, "../no-such-file.md").where == Where::outside);
}

TEST_CASE("a symbolic link is judged by where it really leads") {
  const test::TempDir dir("evidence-links");
  fs::create_directories(dir.path / "proposal" / "evidence");
  fs::create_directories(dir.path / "elsewhere");
  dir.write("elsewhere/secret.md", "not the proposal's\n");
  dir.write("proposal/evidence/notes.md", "notes\n");
  const fs::path evidence = dir.path / "proposal" / "evidence";
  fs::create_symlink(dir.path / "elsewhere" / "secret.md", evidence / "out.md");
  fs::create_symlink("/etc/passwd", evidence / "passwd.md");
  fs::create_directory_symlink(dir.path / "elsewhere", evidence / "elsewhere");
  fs::create_symlink("notes.md", evidence / "in.md");
  fs::create_symlink("nowhere.md", evidence / "dangling.md");
  fs::create_symlink("loop.md", evidence / "loop.md");
  REQUIRE(::mkfifo((evidence / "pipe.md").c_str(), 0600) == 0);
  const std::string folder = (dir.path / "proposal").string();

  CHECK(where(folder, "evidence/out.md").where == Where::outside);
  CHECK(where(folder, "evidence/passwd.md").where == Where::outside);
  CHECK(where(folder, "evidence/elsewhere/secret.md").where == Where::outside);
  CHECK(where(folder, "evidence/in.md").where == Where::file);
  CHECK(where(folder, "evidence/dangling.md").where == Where::missing);
  CHECK(where(folder, "evidence/loop.md").where == Where::missing);
  CHECK(where(folder, "evidence/pipe.md").where == Where::not_a_file);

  // The proposal's folder may itself be reached through a link.
  fs::create_directory_symlink(dir.path / "proposal", dir.path / "alias");
  CHECK(where((dir.path / "alias").string(), "evidence/notes.md").where == Where::file);
  CHECK(where((dir.path / "alias").string(), "evidence/out.md").where == Where::outside);
}

}  // namespace coprod::evidence
