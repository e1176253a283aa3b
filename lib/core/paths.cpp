#include "core/paths.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include <fmt/format.h>

namespace coprod {
namespace fs = std::filesystem;

std::string executable_path() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : self.string();
}

std::vector<fs::path> template_dirs() {
  std::vector<fs::path> out;
  std::error_code ec;
  if (const char* env = std::getenv("COPROD_TEMPLATE_DIR"); env != nullptr && *env != '\0') {
    if (!fs::is_directory(env, ec))
      throw std::runtime_error(fmt::format(
          "COPROD_TEMPLATE_DIR is set to `{}`, which is not a folder; point it at a folder of "
          "templates, or unset it to use coprod's own",
          env));
    out.push_back(fs::path(env).lexically_normal());
  }
  if (const std::string exe = executable_path(); !exe.empty()) {
    const fs::path beside = (fs::path(exe).parent_path() / ".." / "share" / "coprod" / "templates").lexically_normal();
    if (fs::is_directory(beside, ec) && (out.empty() || out.front() != beside)) out.push_back(beside);
  }
  return out;
}

}  // namespace coprod
