// Options every command that loads proposals shares, so the limits read the
// same way everywhere: `--max-file-size 20MB`.
#pragma once

#include <cstddef>

#include <CLI/CLI.hpp>

namespace coprod::cli {

// Adds --max-file-size to `command`, storing bytes in `bytes` (its default
// stays whatever `bytes` holds: LoadOptions' 10 MB).
void add_max_file_size(CLI::App& command, std::size_t& bytes);

}  // namespace coprod::cli
