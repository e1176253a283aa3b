#include "core/glob.h"

#include <filesystem>
#include <vector>

namespace coprod {
namespace {

// One folder or file name against one pattern segment (`*` and `?` only):
// the classic greedy match that, on a mismatch, only ever moves the last `*`
// on by one, so the time is at most the product of the two lengths, never
// exponential in the number of stars.
bool segment_match(std::string_view p, std::string_view s) {
  std::size_t pi = 0, si = 0;
  std::size_t star = std::string_view::npos, resume = 0;
  while (si < s.size()) {
    if (pi < p.size() && (p[pi] == '?' || p[pi] == s[si])) {
      ++pi;
      ++si;
    } else if (pi < p.size() && p[pi] == '*') {
      star = pi++;
      resume = si;
    } else if (star != std::string_view::npos) {
      pi = star + 1;
      si = ++resume;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

std::vector<std::string_view> segments(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t from = 0;
  for (std::size_t slash = text.find('/'); slash != std::string_view::npos;
       from = slash + 1, slash = text.find('/', from))
    out.push_back(text.substr(from, slash - from));
  out.push_back(text.substr(from));
  return out;
}

}  // namespace

// Segment by segment, over a table of "pattern from i matches path from j":
// each pair of segments is compared at most once.
bool glob_match(std::string_view pattern, std::string_view path) {
  const std::vector<std::string_view> p = segments(pattern), s = segments(path);
  const std::size_t np = p.size(), ns = s.size();
  // can[i][j]: p[i..] matches s[j..].
  std::vector<std::vector<char>> can(np + 1, std::vector<char>(ns + 1, 0));
  can[np][ns] = 1;
  for (std::size_t i = np; i-- > 0;) {
    for (std::size_t j = ns + 1; j-- > 0;) {
      if (p[i] == "**") {
        // A trailing `**` is everything below, at least one name; elsewhere
        // it is any number of folders, including none.
        if (i + 1 == np) can[i][j] = j < ns;
        else can[i][j] = can[i + 1][j] || (j < ns && can[i][j + 1]);
      } else {
        can[i][j] = j < ns && can[i + 1][j + 1] && segment_match(p[i], s[j]);
      }
    }
  }
  return can[0][0] != 0;
}

std::optional<std::string> path_within(std::string_view file, std::string_view folder) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path f = fs::absolute(fs::path(file), ec).lexically_normal();
  const fs::path d = fs::absolute(fs::path(folder), ec).lexically_normal();
  if (ec) return std::nullopt;
  const fs::path relative = f.lexically_relative(d);
  if (relative.empty() || *relative.begin() == "..") return std::nullopt;
  return relative.generic_string();
}

}  // namespace coprod
