#include "evidence/place.h"

#include <filesystem>
#include <system_error>

#include <sys/stat.h>

namespace coprod::evidence {
namespace {

namespace fs = std::filesystem;

// Whether a path as written goes above where it starts at any point:
// "a/../../x" does, "a/../x" does not.
bool climbs_out(const fs::path& path) {
  int depth = 0;
  for (const fs::path& part : path) {
    if (part == "..") {
      if (--depth < 0) return true;
    } else if (part != "." && !part.empty()) {
      ++depth;
    }
  }
  return false;
}

// Whether `inner` is `outer` or below it; both are canonical, so compared
// name by name ("/data/p2" is not below "/data/p").
bool is_within(const fs::path& inner, const fs::path& outer) {
  auto i = inner.begin();
  for (const fs::path& part : outer) {
    if (i == inner.end() || *i != part) return false;
    ++i;
  }
  return true;
}

Place at(Where where) {
  Place place;
  place.where = where;
  return place;
}

}  // namespace

Place where(const std::string& proposal_dir, std::string_view link) {
  if (link.starts_with("https://")) return at(link.size() > 8 ? Where::web : Where::not_https);
  if (link.find("://") != std::string_view::npos || link.starts_with("http:"))
    return at(Where::not_https);
  // A zero byte would end the name early: the file judged would not be the one written.
  if (link.empty() || link.find('\0') != std::string_view::npos) return at(Where::missing);
  const fs::path path(link);
  if (path.is_absolute()) return at(Where::absolute);
  if (climbs_out(path)) return at(Where::outside);

  const fs::path folder = proposal_dir.empty() ? fs::path(".") : fs::path(proposal_dir);
  std::error_code error;
  const fs::file_status status = fs::status(folder / path, error);
  if (error || !fs::exists(status)) return at(Where::missing);
  const fs::path base = fs::canonical(folder, error);
  if (error) return at(Where::missing);
  const fs::path real = fs::canonical(folder / path, error);
  if (error) return at(Where::missing);
  if (!is_within(real, base)) return at(Where::outside);
  if (fs::is_directory(status)) return at(Where::folder);
  if (!fs::is_regular_file(status)) return at(Where::not_a_file);

  struct stat st {};
  if (::stat(real.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return at(Where::missing);
  Place place = at(Where::file);
  place.path = real.string();
  place.device = std::uint64_t(st.st_dev);
  place.inode = std::uint64_t(st.st_ino);
  return place;
}

}  // namespace coprod::evidence
