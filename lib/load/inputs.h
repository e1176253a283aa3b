// Which files a command reads: the paths given on the command line, with
// folders searched (recursively) for *.yaml and *.yml, and `-` for standard input.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace coprod {

struct Input {
  std::string path;                    // as shown in messages
  bool is_stdin = false;
  std::optional<std::string> problem;  // why this path yields no file to read
};

// In the order given; files found in a folder in sorted order. Hidden files
// and folders (".coprod.yaml", ".git") are skipped; symbolic links to folders
// are not followed, so a link loop cannot trap the walk.
std::vector<Input> expand_inputs(const std::vector<std::string>& paths,
                                 const std::string& stdin_name);

}  // namespace coprod
