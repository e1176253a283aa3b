#include "core/glob.h"

#include <filesystem>

namespace coprod {
namespace {

bool match(std::string_view p, std::string_view s, bool segment_start) {
  while (!p.empty()) {
    if (p.starts_with("**") && segment_start && (p.size() == 2 || p[2] == '/')) {
      if (p.size() == 2) return true;  // a trailing `**`: everything below
      const std::string_view rest = p.substr(3);
      if (match(rest, s, true)) return true;  // no folders at all
      for (std::size_t i = 0; i < s.size(); ++i)
        if (s[i] == '/' && match(rest, s.substr(i + 1), true)) return true;
      return false;
    }
    if (p[0] == '*') {
      while (!p.empty() && p[0] == '*') p.remove_prefix(1);  // `**` mid-name is `*`
      for (std::size_t i = 0;; ++i) {
        if (match(p, s.substr(i), false)) return true;
        if (i == s.size() || s[i] == '/') return false;
      }
    }
    if (s.empty()) return false;
    if (p[0] == '?' ? s[0] == '/' : p[0] != s[0]) return false;
    segment_start = s[0] == '/';
    p.remove_prefix(1);
    s.remove_prefix(1);
  }
  return s.empty();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  return match(pattern, path, true);
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
