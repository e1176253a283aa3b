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
  // Flushes and closes the temporary file; returns a message when writing
  // failed. Several files are finished first and committed after, so that a
  // failed write replaces none of them.
  std::optional<std::string> finish();
  // Finishes (if not yet done) and renames into place; a message on failure.
  std::optional<std::string> commit();

 private:
  std::string path_;
  std::string temp_;
  std::ofstream out_;
  std::optional<std::string> error_;
  bool committed_ = false;
  bool finished_ = false;
};

}  // namespace coprod
