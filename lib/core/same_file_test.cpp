#include "core/same_file.h"

#include <filesystem>
#include <fstream>

#include <doctest/doctest.h>
#include <unistd.h>

#include "temp_dir.h"

namespace coprod {
namespace fs = std::filesystem;

TEST_CASE("an output that is one of the inputs is refused, however it is spelt") {
  const test::TempDir temp("same-file");
  const fs::path& dir = temp.path;
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "p.yaml") << "coprod: 1\n";
  std::ofstream(dir / "other.txt") << "report\n";
  fs::create_symlink(dir / "p.yaml", dir / "link.yaml");
  fs::create_hard_link(dir / "p.yaml", dir / "hard.yaml");
  const std::string input = (dir / "p.yaml").string();
  auto clash = [&](const fs::path& output) { return OutputGuard({output.string()}).check(input); };

  CHECK(clash(dir / "p.yaml").has_value());
  CHECK(clash(dir / "sub" / ".." / "p.yaml").has_value());
  CHECK(clash(dir / "link.yaml").has_value());
  CHECK(clash(dir / "hard.yaml").has_value());
  const auto message = clash(dir / "p.yaml");
  REQUIRE(message);
  CHECK(*message == "--output " + input + " is the input file " + input +
                        ": coprod never writes over a proposal; choose another file name for "
                        "the output");
  // Several outputs: the one that clashes is named.
  const OutputGuard two({(dir / "other.txt").string(), "-", (dir / "hard.yaml").string()});
  CHECK(two.active());
  REQUIRE(two.check(input));
  CHECK(two.check(input)->rfind("--output " + (dir / "hard.yaml").string() + " is", 0) == 0);

  CHECK(!clash(dir / "other.txt"));
  CHECK(!clash(dir / "new.txt"));
  CHECK(!OutputGuard({(dir / "new.txt").string(), "-"}).active());
  CHECK(!OutputGuard({(dir / "other.txt").string()}).check((dir / "gone.yaml").string()));
}

TEST_CASE("one output named twice is refused, however it is spelt") {
  const test::TempDir temp("same-output");
  const fs::path& dir = temp.path;
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "out.json") << "{}\n";
  fs::create_symlink(dir / "out.json", dir / "link.json");
  fs::create_symlink(dir / "new.json", dir / "dangling.json");
  const std::string out = (dir / "out.json").string();

  CHECK(same_output_twice({out, out}) ==
        "--output " + out + " is given twice: give each format its own file");
  CHECK(same_output_twice({out, (dir / "sub" / ".." / "out.json").string()}).has_value());
  CHECK(same_output_twice({out, (dir / "link.json").string()}).has_value());
  // Not yet made: the same place reached through a link or another spelling.
  CHECK(same_output_twice({(dir / "new.json").string(), (dir / "dangling.json").string()}).has_value());
  CHECK(same_output_twice({(dir / "a.json").string(), (dir / "sub/../a.json").string()}).has_value());

  CHECK(!same_output_twice({out, (dir / "other.json").string(), "-"}));
  CHECK(!same_output_twice({"/dev/null", "/dev/null"}));
}

}  // namespace coprod
