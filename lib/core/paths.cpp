#include "core/paths.h"

#include <cstdlib>
#include <algorithm>
#include <filesystem>

namespace coprod {
namespace fs = std::filesystem;

std::string executable_path() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : self.string();
}

std::vector<fs::path> template_dirs() {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("COPROD_TEMPLATE_DIR"); env != nullptr && *env != '\0')
    candidates.emplace_back(env);
  if (const std::string exe = executable_path(); !exe.empty())
    candidates.push_back(fs::path(exe).parent_path() / ".." / "share" / "coprod" / "templates");
  candidates.emplace_back(COPROD_SOURCE_TEMPLATE_DIR);
  candidates.emplace_back(COPROD_INSTALLED_TEMPLATE_DIR);

  std::vector<fs::path> out;
  for (const fs::path& candidate : candidates) {
    std::error_code ec;
    if (!fs::is_directory(candidate, ec)) continue;
    const fs::path normal = candidate.lexically_normal();
    if (std::find(out.begin(), out.end(), normal) == out.end()) out.push_back(normal);
  }
  return out;
}

}  // namespace coprod
