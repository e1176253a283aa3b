#include "core/glob.h"

#include <doctest/doctest.h>

namespace coprod {

TEST_CASE("* and ? stay within one folder") {
  CHECK(glob_match("*.yaml", "p.yaml"));
  CHECK(!glob_match("*.yaml", "papers/p.yaml"));
  CHECK(glob_match("papers/2026/*.yaml", "papers/2026/life-rooms.yaml"));
  CHECK(!glob_match("papers/2026/*.yaml", "papers/2026/old/life-rooms.yaml"));
  CHECK(!glob_match("papers/2026/*.yaml", "papers/2025/life-rooms.yaml"));
  CHECK(glob_match("p?.yml", "p1.yml"));
  CHECK(!glob_match("p?.yml", "p12.yml"));
  CHECK(!glob_match("a?b", "a/b"));
  CHECK(glob_match("*", "anything"));
  CHECK(!glob_match("*.yaml", "p.yml"));
}

TEST_CASE("** as a segment crosses any number of folders") {
  CHECK(glob_match("**/*.yaml", "p.yaml"));
  CHECK(glob_match("**/*.yaml", "a/b/c/p.yaml"));
  CHECK(glob_match("papers/**/*.yaml", "papers/p.yaml"));
  CHECK(glob_match("papers/**/*.yaml", "papers/2026/q1/p.yaml"));
  CHECK(!glob_match("papers/**/*.yaml", "other/2026/p.yaml"));
  CHECK(glob_match("papers/**", "papers/2026/p.yaml"));
  CHECK(glob_match("**", "a/b"));
  CHECK(glob_match("papers/**/draft-*.yaml", "papers/x/draft-1.yaml"));
  CHECK(!glob_match("papers/**/draft-*.yaml", "papers/x/final-1.yaml"));
}

TEST_CASE("** inside a name means *") {
  CHECK(glob_match("a**b.yaml", "axxb.yaml"));
  CHECK(!glob_match("a**b.yaml", "ax/xb.yaml"));
}

TEST_CASE("literal text matches exactly") {
  CHECK(glob_match("papers/p.yaml", "papers/p.yaml"));
  CHECK(!glob_match("papers/p.yaml", "papers/p.yaml.bak"));
  CHECK(!glob_match("papers/p.yaml", "papers/q.yaml"));
  CHECK(glob_match("", ""));
  CHECK(!glob_match("", "x"));
}

TEST_CASE("many stars against a long name finish at once") {
  // Backtracking tried every way to split the name among the stars: 7 stars
  // against 200 characters took over a minute.
  const std::string name(4000, 'a');
  CHECK(!glob_match("*a*a*a*a*a*a*a*a*a*a*b", name));
  CHECK(glob_match("*a*a*a*a*a*a*a*a*a*a*", name));
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "a/";
  CHECK(!glob_match("**/a/**/a/**/a/**/a/**/b", deep + "a"));
  CHECK(glob_match("**/a/**/a/**/a/**/a/**", deep + "a"));
}

TEST_CASE("path_within gives the path relative to a folder, or nothing outside it") {
  CHECK(path_within("/repo/papers/2026/p.yaml", "/repo") == "papers/2026/p.yaml");
  CHECK(path_within("/repo/./papers/../p.yaml", "/repo/") == "p.yaml");
  CHECK(path_within("/elsewhere/p.yaml", "/repo") == std::nullopt);
  CHECK(path_within("/repo", "/repo/papers") == std::nullopt);
}

}  // namespace coprod
