// Guards the output files of a run against the files it reads, and against
// each other: a report written over a proposal would destroy the user's own
// work, and two formats written into one file leave neither.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace coprod {

// The run's output files that already exist; inputs are then checked against
// them one at a time as they are listed, so no list of every input is kept.
// Files are compared by device and inode: "./p.yaml", "dir/../p.yaml" and
// hard or symbolic links all count as the same file.
class OutputGuard {
 public:
  // `outputs` are paths; "-" (standard output) is skipped.
  explicit OutputGuard(const std::vector<std::string>& outputs);

  // Whether any output exists, so that an input could be one of them.
  bool active() const { return !existing_.empty(); }
  // A message when `input` is one of the outputs; nullopt when it is safe.
  // An input that does not exist is safe: it cannot be lost.
  std::optional<std::string> check(const std::string& input) const;
  // The same for standard input (`-`), by what descriptor 0 is open on:
  // `coprod check - -o p.yaml < p.yaml` would read p.yaml and replace it.
  std::optional<std::string> check_stdin() const;

 private:
  struct Existing {
    std::string path;
    dev_t device;
    ino_t inode;
  };
  std::optional<std::string> clash(dev_t device, ino_t inode, const std::string& name) const;
  std::vector<Existing> existing_;
};

// `path` with any symbolic links it is followed through, even to a file not
// yet made: the file a write to `path` would create or replace.
std::string follow_links(const std::string& path);

// A message when two of `outputs` are the same file however they are spelt
// ("out.json", "./out.json", a link to it, a file not yet made in a folder
// reached two ways), or when one of them is where standard output already
// goes; nullopt when each is its own. "-" is standard output and is never
// compared with itself here. Terminals and /dev/null may be named twice.
std::optional<std::string> same_output_twice(const std::vector<std::string>& outputs);

}  // namespace coprod
