#include "core/same_file.h"

#include <sys/stat.h>

#include <fmt/format.h>

namespace coprod {

OutputGuard::OutputGuard(const std::vector<std::string>& outputs) {
  for (const std::string& output : outputs) {
    struct stat st {};
    if (output == "-" || ::stat(output.c_str(), &st) != 0) continue;
    existing_.push_back({output, st.st_dev, st.st_ino});
  }
}

std::optional<std::string> OutputGuard::check(const std::string& input) const {
  struct stat st {};
  if (existing_.empty() || ::stat(input.c_str(), &st) != 0) return std::nullopt;
  for (const Existing& output : existing_)
    if (output.device == st.st_dev && output.inode == st.st_ino)
      return fmt::format("--output {} is the input file {}: coprod never writes over a "
                         "proposal; choose another file name for the output",
                         output.path, input);
  return std::nullopt;
}

}  // namespace coprod
