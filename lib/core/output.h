// A file written whole or not at all: output goes to a temporary file beside
// the target and replaces it only on commit(), so a failed run never leaves a
// half-written report or clobbers the last good one.
#pragma once

#include <fstream>
#include <optional>
#include <string>

namespace coprod {

class AtomicFile {
 public:
  // Opening fails (see error()) when the folder is missing or not writable.
  explicit AtomicFile(std::string path);
  ~AtomicFile();  // removes the temporary file unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  const std::optional<std::string>& error() const { return error_; }
  std::ostream& stream() { return out_; }
  // Flushes and renames into place; returns a message when that fails.
  std::optional<std::string> commit();

 private:
  std::string path_;
  std::string temp_;
  std::ofstream out_;
  std::optional<std::string> error_;
  bool committed_ = false;
};

}  // namespace coprod
