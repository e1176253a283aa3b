#include "core/same_file.h"

#include <filesystem>
#include <fstream>

#include <doctest/doctest.h>
#include <unistd.h>

namespace coprod {
namespace fs = std::filesystem;

TEST_CASE("an output that is one of the inputs is refused, however it is spelt") {
  const fs::path dir = fs::temp_directory_path() / ("coprod-same-file-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "p.yaml") << "coprod: 1\n";
  std::ofstream(dir / "other.txt") << "report\n";
  fs::create_symlink(dir / "p.yaml", dir / "link.yaml");
  fs::create_hard_link(dir / "p.yaml", dir / "hard.yaml");
  const std::vector<std::string> inputs{(dir / "p.yaml").string()};

  CHECK(output_replaces_input((dir / "p.yaml").string(), inputs).has_value());
  CHECK(output_replaces_input((dir / "sub" / ".." / "p.yaml").string(), inputs).has_value());
  CHECK(output_replaces_input((dir / "link.yaml").string(), inputs).has_value());
  CHECK(output_replaces_input((dir / "hard.yaml").string(), inputs).has_value());
  const auto message = output_replaces_input((dir / "p.yaml").string(), inputs);
  REQUIRE(message);
  CHECK(message->find("never writes over a proposal") != std::string::npos);

  CHECK(!output_replaces_input((dir / "other.txt").string(), inputs));
  CHECK(!output_replaces_input((dir / "new.txt").string(), inputs));
  CHECK(!output_replaces_input((dir / "other.txt").string(), {(dir / "gone.yaml").string()}));
  fs::remove_all(dir);
}

}  // namespace coprod
