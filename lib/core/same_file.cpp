#include "core/same_file.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace coprod {

OutputGuard::OutputGuard(const std::vector<std::string>& outputs) {
  for (const std::string& output : outputs) {
    struct stat st {};
    if (output == "-" || ::stat(output.c_str(), &st) != 0) continue;
    existing_.push_back({output, st.st_dev, st.st_ino});
  }
}

std::optional<std::string> OutputGuard::clash(dev_t device, ino_t inode, const std::string& name) const {
  for (const Existing& output : existing_)
    if (output.device == device && output.inode == inode)
      return fmt::format("--output {} is {}: coprod never writes over a "
                         "proposal; choose another file name for the output",
                         output.path, name);
  return std::nullopt;
}

std::optional<std::string> OutputGuard::check(const std::string& input) const {
  struct stat st {};
  if (existing_.empty() || ::stat(input.c_str(), &st) != 0) return std::nullopt;
  return clash(st.st_dev, st.st_ino, "the input file " + input);
}

std::optional<std::string> OutputGuard::check_stdin() const {
  struct stat st {};
  if (existing_.empty() || ::fstat(STDIN_FILENO, &st) != 0 || !S_ISREG(st.st_mode))
    return std::nullopt;
  return clash(st.st_dev, st.st_ino, "the file on standard input");
}

std::string follow_links(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path current = path;
  for (int depth = 0; depth < 40; ++depth) {  // as the kernel's own limit on loops
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(current, ec))) break;
    const fs::path target = fs::read_symlink(current, ec);
    if (ec) break;
    current = target.is_absolute() ? target : current.parent_path() / target;
  }
  std::error_code ec;
  const fs::path real = fs::weakly_canonical(fs::absolute(current, ec), ec);
  return ec ? current.string() : real.string();
}

namespace {

// What names a file whatever the spelling: device and inode when it exists,
// else its folder's real path and its name.
struct Identity {
  bool exists = false;
  bool shareable = false;  // a terminal or /dev/null: writing twice loses nothing
  dev_t device = 0;
  ino_t inode = 0;
  std::string place;

  bool operator==(const Identity& o) const {
    return exists == o.exists && (exists ? device == o.device && inode == o.inode : place == o.place);
  }
};

Identity identity_of(const std::string& path) {
  Identity id;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    id.exists = true;
    id.device = st.st_dev;
    id.inode = st.st_ino;
    id.shareable = S_ISCHR(st.st_mode);
    return id;
  }
  id.place = follow_links(path);
  return id;
}

}  // namespace

std::optional<std::string> same_output_twice(const std::vector<std::string>& outputs) {
  std::vector<std::pair<std::string, Identity>> seen;
  struct stat out {};
  const bool stdout_known = ::fstat(STDOUT_FILENO, &out) == 0 && S_ISREG(out.st_mode);
  for (const std::string& path : outputs) {
    if (path == "-") continue;
    const Identity id = identity_of(path);
    if (id.shareable) continue;
    if (stdout_known && id.exists && id.device == out.st_dev && id.inode == out.st_ino &&
        std::find(outputs.begin(), outputs.end(), "-") != outputs.end())
      return fmt::format("--output {} is where standard output goes: give one of them another "
                         "file",
                         path);
    for (const auto& [earlier, earlier_id] : seen) {
      if (!(earlier_id == id)) continue;
      if (earlier == path)
        return fmt::format("--output {} is given twice: give each format its own file", path);
      return fmt::format("--output {} and --output {} are the same file: give each format its "
                         "own file",
                         earlier, path);
    }
    seen.emplace_back(path, id);
  }
  return std::nullopt;
}

}  // namespace coprod
