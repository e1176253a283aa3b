#include "core/output.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>
#include <sys/stat.h>

#include "temp_dir.h"

namespace coprod {
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t temporaries(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().filename().string().ends_with(".tmp")) ++n;
  return n;
}

}  // namespace

TEST_CASE("a file is replaced whole, keeping its permissions, and no temporary file stays") {
  const test::TempDir temp("atomic-file");
  const fs::path out = temp.path / "out.txt";
  temp.write("out.txt", "old\n");
  ::chmod(out.c_str(), 0600);
  {
    AtomicFile file(out.string());
    REQUIRE(!file.error());
    file.stream() << "new\n";
    CHECK(read(out) == "old\n");  // nothing shows until commit
    CHECK(temporaries(temp.path) == 1);
    CHECK(!file.commit());
  }
  CHECK(read(out) == "new\n");
  struct stat st {};
  REQUIRE(::stat(out.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
  CHECK(temporaries(temp.path) == 0);

  {
    AtomicFile file(out.string());
    file.stream() << "never committed\n";
  }
  CHECK(read(out) == "new\n");
  CHECK(temporaries(temp.path) == 0);
}

TEST_CASE("two temporary files for one output never share a name") {
  const test::TempDir temp("atomic-names");
  const fs::path out = temp.path / "out.txt";
  AtomicFile a(out.string()), b(out.string());
  REQUIRE(!a.error());
  REQUIRE(!b.error());
  CHECK(temporaries(temp.path) == 2);
}

TEST_CASE("a link is followed: the file it names is replaced and the link stays") {
  const test::TempDir temp("atomic-link");
  temp.write("real.txt", "old\n");
  fs::create_symlink(temp.path / "real.txt", temp.path / "link.txt");
  AtomicFile file((temp.path / "link.txt").string());
  file.stream() << "new\n";
  REQUIRE(!file.commit());
  CHECK(fs::is_symlink(temp.path / "link.txt"));
  CHECK(read(temp.path / "real.txt") == "new\n");
}

TEST_CASE("a device is written in place, never replaced") {
  AtomicFile file("/dev/null");
  REQUIRE(!file.error());
  file.stream() << "discarded\n";
  CHECK(!file.commit());
  struct stat st {};
  REQUIRE(::stat("/dev/null", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
}

TEST_CASE("a write that fails is a message") {
  AtomicFile full("/dev/full");
  full.stream() << "lost\n";
  const auto problem = full.commit();
  REQUIRE(problem);
  CHECK(*problem == "cannot write /dev/full: No space left on device");
  AtomicFile nowhere("/no/such/folder/out.txt");
  REQUIRE(nowhere.error());
  CHECK(*nowhere.error() == "cannot write /no/such/folder/out.txt: the folder /no/such/folder does not exist");
}

}  // namespace coprod
