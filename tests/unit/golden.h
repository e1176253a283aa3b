// Compares an output with a committed expected file; with
// COPROD_UPDATE_GOLDEN=1 in the environment, rewrites the file instead (then
// review the diff before committing it).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

namespace coprod::test {

inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline bool updating_golden() {
  const char* flag = std::getenv("COPROD_UPDATE_GOLDEN");
  return flag != nullptr && std::string(flag) == "1";
}

inline void check_golden(const std::filesystem::path& expected, const std::string& actual) {
  if (updating_golden()) {
    std::ofstream(expected, std::ios::binary) << actual;
    return;
  }
  INFO("expected output in ", expected.string(), " (COPROD_UPDATE_GOLDEN=1 rewrites it)");
  REQUIRE(std::filesystem::exists(expected));
  CHECK(slurp(expected) == actual);
}

inline std::filesystem::path test_data() { return COPROD_TEST_DATA_DIR; }

}  // namespace coprod::test
