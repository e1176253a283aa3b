// Compares an output with a committed expected file, as the golden runner
// does (tests/golden/run.cmake): a difference fails the test with a unified
// diff. With COPROD_UPDATE_GOLDEN=1 in the environment a file that differs
// is rewritten and the test still fails, so that no rewrite is silent
// (review it with git diff, commit it, run again); with CI set as well the
// rewrite is refused: a CI run compares, it never rewrites.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <doctest/doctest.h>

namespace coprod::test {

std::string slurp(const std::filesystem::path& path);

// `expected` and `actual` line by line, as `diff -u` shows them: the lines
// that differ with three of context, under `--- expected_name` and
// `+++ actual_name`. Empty when the texts are the same.
std::string unified_diff(std::string_view expected, std::string_view actual,
                         std::string_view expected_name, std::string_view actual_name);

// What a golden comparison found: `message` says why it failed (a diff, a
// missing file, a rewrite), empty when it passed.
struct GoldenOutcome {
  bool passed = false;
  std::string message;
};

// Compares `actual` with the file `expected`; `update` rewrites a file that
// differs (and fails), unless `ci` refuses it.
GoldenOutcome compare_golden(const std::filesystem::path& expected, const std::string& actual,
                             bool update, bool ci);

// compare_golden() with the environment's COPROD_UPDATE_GOLDEN and CI; fails
// the current test with its message.
void check_golden(const std::filesystem::path& expected, const std::string& actual);

inline std::filesystem::path test_data() { return COPROD_TEST_DATA_DIR; }

}  // namespace coprod::test
