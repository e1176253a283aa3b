// A file written whole or not at all: output goes to a temporary file beside
// the target and replaces it only on commit(), so a failed run never leaves a
// half-written report or clobbers the last good one.
//
// The temporary file has an unpredictable name and is created exclusively,
// never through a link; it is synced before the rename, and a file it
// replaces keeps its permissions. A target that is not a regular file (a
// device such as /dev/null, a FIFO, /dev/stdout) is never replaced: what
// was written is sent to it in place on commit().
#pragma once

#include <memory>
#include <optional>
#include <ostream>
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
  std::ostream& stream() { return *out_; }
  // Flushes, syncs and closes the temporary file; returns a message when
  // writing failed. Several files are finished first and committed after, so
  // that a failed write replaces none of them.
  std::optional<std::string> finish();
  // Finishes (if not yet done) and renames into place (or, for a device or
  // FIFO, writes to it); a message on failure.
  std::optional<std::string> commit();

 private:
  class Buffer;
  std::string path_;    // as given, for messages
  std::string target_;  // the file replaced: `path_` with its links followed
  std::string temp_;    // empty when writing in place
  int fd_ = -1;
  bool in_place_ = false;
  std::size_t slot_ = 64;  // where the signal handler finds temp_
  std::unique_ptr<Buffer> buffer_;
  std::unique_ptr<std::ostream> out_;
  std::optional<std::string> error_;
  bool committed_ = false;
  bool finished_ = false;
};

// On SIGINT, SIGTERM or SIGHUP, removes every temporary file not yet
// committed, then ends the process as the signal would have. Called once, by
// main: the library itself installs no handlers.
void remove_temporary_files_on_signal();

// Flushes standard output (C and C++ streams); a message when anything
// written to it was lost (a full disk, a closed pipe), else nothing.
std::optional<std::string> flush_standard_output();

}  // namespace coprod
