// A folder of its own under the system's temporary folder for one test,
// named for the test and the process (so two test runs do not meet), and
// removed afterwards, even when a REQUIRE stops the test early.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>

namespace coprod::test {

struct TempDir {
  std::filesystem::path path;

  explicit TempDir(std::string_view name)
      : path(std::filesystem::temp_directory_path() /
             ("coprod-" + std::string(name) + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `text` to the file `name` in the folder (its folders must exist).
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
  }
};

}  // namespace coprod::test
