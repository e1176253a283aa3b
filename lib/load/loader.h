// Turns a file or a string into a Proposal, or into the list of every reason
// it is not a valid one. Never throws for anything a user can write.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/location.h"
#include "load/proposal.h"
#include "load/yaml_tree.h"

namespace coprod {

struct LoadOptions {
  std::size_t max_bytes = 10 * 1024 * 1024;  // a whole file (`--max-file-size`)
  std::size_t max_line_bytes = 100'000;      // one line
  yaml::Limits limits;
};

struct Loaded {
  std::string file;
  std::optional<Proposal> proposal;  // set exactly when `errors` is empty
  std::vector<Error> errors;

  bool ok() const { return proposal.has_value(); }
};

// `file` is the name shown in messages; `directory` is where relative evidence
// paths are looked up.
Loaded load_text(std::string_view text, std::string file, std::string directory,
                 const LoadOptions& options = {});

// Reads and loads a file; a file that cannot be read is an error with no line.
Loaded load_file(const std::string& path, const LoadOptions& options = {});

// Reads and loads standard input, named `file` in messages.
Loaded load_stdin(std::string file, const LoadOptions& options = {});

// Reads a whole file into `out`; on failure returns an error in plain English
// with no line, of kind `io` (or `limit`, past `max_bytes`).
// Reads pipes too (`coprod check <(…)`), stopping as soon as one passes
// `max_bytes`, so a never-ending stream cannot exhaust memory.
std::optional<Error> read_file(const std::string& path, std::string& out,
                               std::size_t max_bytes);

}  // namespace coprod
