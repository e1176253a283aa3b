// Guards the output files of a run against the files it reads: a report
// written over a proposal would destroy the user's own work.
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

 private:
  struct Existing {
    std::string path;
    dev_t device;
    ino_t inode;
  };
  std::vector<Existing> existing_;
};

}  // namespace coprod
