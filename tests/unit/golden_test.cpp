// The unit tests' golden helper behaves as the golden runner does
// (tests/golden/run.cmake, tested by golden-update-mode): a difference is a
// diff, a rewrite fails, and CI refuses to rewrite.

#include "golden.h"

#include <doctest/doctest.h>

#include "temp_dir.h"

namespace coprod {

TEST_CASE("a golden difference is shown as a unified diff, with three lines of context") {
  const std::string expected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n";
  std::string actual = expected;
  actual.replace(actual.find("5\n"), 2, "five\n");
  actual += "17";
  CHECK(test::unified_diff(expected, actual, "a.txt", "actual") ==
        "--- a.txt\n+++ actual\n"
        "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        "@@ -14,3 +14,4 @@\n 14\n 15\n 16\n+17\n\\ No newline at end of file\n");
  CHECK(test::unified_diff(expected, expected, "a.txt", "actual").empty());
  CHECK(test::unified_diff("", "a\n", "a.txt", "actual") == "--- a.txt\n+++ actual\n@@ -0,0 +1 @@\n+a\n");
  // Changes closer than twice the context share a hunk.
  CHECK(test::unified_diff("a\nb\nc\nd\ne\nf\ng\nh\n", "A\nb\nc\nd\ne\nf\ng\nH\n", "x", "y") ==
        "--- x\n+++ y\n@@ -1,8 +1,8 @@\n-a\n+A\n b\n c\n d\n e\n f\n g\n-h\n+H\n");
}

TEST_CASE("a golden rewrite fails so that it is seen, and CI refuses it") {
  const test::TempDir dir("golden");
  const auto file = dir.path / "expected.txt";
  dir.write("expected.txt", "old\n");

  test::GoldenOutcome o = test::compare_golden(file, "new\n", false, false);
  CHECK(!o.passed);
  CHECK(o.message.find("-old\n+new\n") != std::string::npos);
  CHECK(test::slurp(file) == "old\n");

  o = test::compare_golden(file, "new\n", true, true);
  CHECK(!o.passed);
  CHECK(o.message.find("CI is set") != std::string::npos);
  CHECK(test::slurp(file) == "old\n");

  o = test::compare_golden(file, "new\n", true, false);
  CHECK(!o.passed);
  CHECK(o.message.find("rewrote") != std::string::npos);
  CHECK(test::slurp(file) == "new\n");

  CHECK(test::compare_golden(file, "new\n", true, false).passed);
  CHECK(test::compare_golden(file, "new\n", false, false).passed);
  CHECK(!test::compare_golden(dir.path / "missing.txt", "new\n", false, false).passed);
}

}  // namespace coprod
