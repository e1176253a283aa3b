#include "commands/limits.h"

namespace coprod::cli {

void add_max_file_size(CLI::App& command, std::size_t& bytes) {
  command
      .add_option("--max-file-size", bytes,
                  "Largest proposal file to read, in bytes or with a unit (500KB, 20MB); "
                  "larger files are reported as errors and not read")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("10MB")
      ->type_name("SIZE");
}

}  // namespace coprod::cli
