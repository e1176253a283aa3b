#include "core/output.h"

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <random>
#include <streambuf>
#include <vector>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/same_file.h"

namespace coprod {
namespace fs = std::filesystem;

namespace {

// The temporary files not yet committed, for the signal handler: plain
// C strings in fixed slots, since a handler may neither allocate nor lock.
constexpr std::size_t kSlots = 64;
constexpr std::size_t kNoSlot = kSlots;
std::array<std::atomic<char*>, kSlots> g_temporary{};

std::size_t remember(const std::string& temp) {
  char* copy = ::strdup(temp.c_str());
  for (std::size_t i = 0; i < kSlots; ++i) {
    char* expected = nullptr;
    if (g_temporary[i].compare_exchange_strong(expected, copy)) return i;
  }
  std::free(copy);  // more than kSlots outputs at once: this one is not cleaned on a signal
  return kNoSlot;
}

void forget(std::size_t slot) {
  if (slot >= kSlots) return;
  std::free(g_temporary[slot].exchange(nullptr));
}

extern "C" void remove_and_reraise(int signal) {
  for (auto& slot : g_temporary)
    if (char* temp = slot.load()) ::unlink(temp);
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

bool write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// A random suffix: a name another user cannot guess and plant a link at.
std::string random_suffix() {
  static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::random_device random;
  std::string suffix;
  for (int i = 0; i < 12; ++i) suffix += kChars[random() % (sizeof kChars - 1)];
  return suffix;
}

mode_t default_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// The folder an output's temporary file goes in, and the file it replaces:
// a link is followed, so the file it points to is replaced and the link kept.
std::string resolved(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0 && !S_ISLNK(st.st_mode)) return path;
  if (::lstat(path.c_str(), &st) != 0) return path;
  return follow_links(path);
}

// /dev/stdout and /dev/fd/N name a descriptor of this process: writing
// anything but in place would lose it.
bool names_a_descriptor(const std::string& path) {
  return path.starts_with("/dev/fd/") || path.starts_with("/proc/self/fd/") ||
         path == "/dev/stdout" || path == "/dev/stderr";
}

}  // namespace

// An ostream's buffer onto a file descriptor, or (for a device or FIFO,
// written only on commit) onto memory; it remembers the first error.
class AtomicFile::Buffer : public std::streambuf {
 public:
  explicit Buffer(int fd) : fd_(fd) { setp(data_.data(), data_.data() + data_.size()); }

  bool flush_out() {
    const std::size_t n = static_cast<std::size_t>(pptr() - pbase());
    if (n == 0) return failed_ == 0;
    if (fd_ < 0) held_.append(pbase(), n);
    else if (failed_ == 0 && !write_all(fd_, pbase(), n)) failed_ = errno;
    setp(data_.data(), data_.data() + data_.size());
    return failed_ == 0;
  }
  int failed() const { return failed_; }
  const std::string& held() const { return held_; }

 protected:
  int_type overflow(int_type c) override {
    if (!flush_out()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return flush_out() ? 0 : -1; }

 private:
  int fd_;
  int failed_ = 0;
  std::string held_;
  std::array<char, 1 << 16> data_{};
};

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  target_ = names_a_descriptor(path_) ? path_ : resolved(path_);
  struct stat st {};
  const bool exists = ::stat(target_.c_str(), &st) == 0;
  if (names_a_descriptor(path_) || (exists && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))) {
    in_place_ = true;
    buffer_ = std::make_unique<Buffer>(-1);
    out_ = std::make_unique<std::ostream>(buffer_.get());
    return;
  }
  // Until the temporary file is open, writes are held and dropped.
  buffer_ = std::make_unique<Buffer>(-1);
  out_ = std::make_unique<std::ostream>(buffer_.get());
  if (exists && S_ISDIR(st.st_mode)) {
    error_ = fmt::format("cannot write {}: it is a folder", path_);
    return;
  }
  const fs::path target(target_);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    error_ = fmt::format("cannot write {}: the folder {} does not exist", path_, folder.string());
    return;
  }
  for (int attempt = 0; attempt < 100 && fd_ < 0; ++attempt) {
    temp_ = (folder / fmt::format(".{}.{}.tmp", target.filename().string(), random_suffix())).string();
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd_ < 0 && errno != EEXIST) break;
  }
  if (fd_ < 0) {
    error_ = fmt::format("cannot write {}: {}", path_, std::strerror(errno));
    temp_.clear();
    return;
  }
  slot_ = remember(temp_);
  // Permissions as the replaced file had them, or as a new file gets them.
  ::fchmod(fd_, exists ? (st.st_mode & 07777) : default_mode());
  buffer_ = std::make_unique<Buffer>(fd_);
  out_ = std::make_unique<std::ostream>(buffer_.get());
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
  forget(slot_);
}

std::optional<std::string> AtomicFile::finish() {
  if (error_) return error_;
  if (finished_) return std::nullopt;
  finished_ = true;
  out_->flush();
  if (in_place_) return std::nullopt;  // written on commit
  const bool written = buffer_->flush_out();
  const int failed = written ? 0 : buffer_->failed();
  if (failed != 0 || ::fsync(fd_) != 0 || ::close(fd_) != 0) {
    const int why = failed != 0 ? failed : errno;
    fd_ = -1;
    error_ = fmt::format("cannot write {}: {}", path_, std::strerror(why));
    return error_;
  }
  fd_ = -1;
  return std::nullopt;
}

std::optional<std::string> AtomicFile::commit() {
  if (auto problem = finish()) return problem;
  if (committed_) return std::nullopt;
  if (in_place_) {
    const int fd = ::open(target_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    const std::string& text = buffer_->held();
    if (fd < 0 || !write_all(fd, text.data(), text.size())) {
      const int why = errno;
      if (fd >= 0) ::close(fd);
      return fmt::format("cannot write {}: {}", path_, std::strerror(why));
    }
    ::close(fd);
    committed_ = true;
    return std::nullopt;
  }
  if (std::rename(temp_.c_str(), target_.c_str()) != 0)
    return fmt::format("cannot write {}: {}", path_, std::strerror(errno));
  committed_ = true;
  forget(slot_);
  slot_ = kNoSlot;
  // The rename itself is durable once the folder is synced.
  const fs::path folder = fs::path(target_).has_parent_path() ? fs::path(target_).parent_path() : ".";
  if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return std::nullopt;
}

void remove_temporary_files_on_signal() {
  for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction action {};
    action.sa_handler = remove_and_reraise;
    sigemptyset(&action.sa_mask);
    ::sigaction(signal, &action, nullptr);
  }
}

std::optional<std::string> flush_standard_output() {
  errno = 0;
  std::cout.flush();
  const bool failed = std::fflush(stdout) != 0 || std::ferror(stdout) != 0 || !std::cout;
  if (!failed) return std::nullopt;
  const int why = errno;
  return fmt::format("cannot write to standard output: {}",
                     why != 0 ? std::strerror(why) : "the write failed");
}

}  // namespace coprod
