#include "core/output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>
#include <unistd.h>

namespace coprod {
namespace fs = std::filesystem;

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  const fs::path target(path_);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    error_ = fmt::format("cannot write {}: the folder {} does not exist", path_, folder.string());
    return;
  }
  if (fs::is_directory(target, ec)) {
    error_ = fmt::format("cannot write {}: it is a folder", path_);
    return;
  }
  temp_ = (folder / fmt::format(".{}.{}.tmp", target.filename().string(), ::getpid())).string();
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) error_ = fmt::format("cannot write {}: {}", path_, std::strerror(errno));
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !temp_.empty()) {
    out_.close();
    std::error_code ec;
    fs::remove(temp_, ec);
  }
}

std::optional<std::string> AtomicFile::finish() {
  if (error_) return error_;
  if (finished_) return std::nullopt;
  finished_ = true;
  out_.flush();
  out_.close();
  if (!out_) error_ = fmt::format("cannot write {}: the write failed", path_);
  return error_;
}

std::optional<std::string> AtomicFile::commit() {
  if (auto problem = finish()) return problem;
  if (std::rename(temp_.c_str(), path_.c_str()) != 0)
    return fmt::format("cannot write {}: {}", path_, std::strerror(errno));
  committed_ = true;
  return std::nullopt;
}

}  // namespace coprod
