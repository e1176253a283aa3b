#include "core/same_file.h"

#include <filesystem>

#include <fmt/format.h>

namespace coprod {

std::optional<std::string> output_replaces_input(const std::string& output,
                                                 const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(output, ec)) return std::nullopt;
  for (const std::string& input : inputs) {
    if (fs::equivalent(output, input, ec) && !ec)
      return fmt::format("--output {} is the input file {}: coprod never writes over a "
                         "proposal; choose another file name for the output",
                         output, input);
  }
  return std::nullopt;
}

}  // namespace coprod
