#include "load/inputs.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>

namespace coprod {
namespace fs = std::filesystem;
namespace {

bool is_proposal_name(const fs::path& path) {
  const auto ext = path.extension();
  return ext == ".yaml" || ext == ".yml";
}

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.';
}

// Why a directory entry named like a proposal is not a file to read, if so.
std::optional<std::string> not_a_file(const fs::directory_entry& entry) {
  std::error_code ec;
  const fs::file_status target = entry.status(ec);  // follows symbolic links
  if (fs::is_regular_file(target)) return std::nullopt;
  if (fs::is_directory(target)) return std::nullopt;  // a folder named x.yaml: walked into
  if (ec.value() == ELOOP) return "skipped: its symbolic links form a loop";
  std::error_code link_error;
  const bool link = entry.is_symlink(link_error);
  if (target.type() == fs::file_type::not_found)
    return link ? "skipped: a symbolic link to a file that does not exist"
                : "skipped: it was moved or deleted while the folder was read";
  if (ec) return "skipped: cannot be read: " + ec.message();
  return "skipped: not a regular file (a pipe, socket or device)";
}

void walk(const std::string& root, std::vector<Input>& out) {
  std::vector<Input> found;
  std::error_code ec;
  // Symbolic links to folders are not followed (no follow_directory_symlink),
  // so a link back up the tree cannot loop.
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.push_back({root, false, "this folder cannot be read: " + ec.message()});
    return;
  }
  std::error_code walk_error;
  for (const fs::recursive_directory_iterator end; it != end; it.increment(walk_error)) {
    if (walk_error) break;
    const fs::path& path = it->path();
    std::error_code entry_error;
    if (is_hidden(path)) {
      if (it->is_directory(entry_error) && !it->is_symlink(entry_error))
        it.disable_recursion_pending();
      continue;
    }
    if (!is_proposal_name(path)) continue;
    if (auto problem = not_a_file(*it)) found.push_back({path.string(), false, std::move(problem)});
    else if (!it->is_directory(entry_error)) found.push_back({path.string(), false, std::nullopt});
  }
  if (walk_error)
    out.push_back({root, false, "this folder could not be read to the end: " + walk_error.message()});
  if (found.empty() && !walk_error) {
    out.push_back({root, false, "no proposals here: no *.yaml or *.yml files in this folder"});
    return;
  }
  std::sort(found.begin(), found.end(),
            [](const Input& a, const Input& b) { return a.path < b.path; });
  for (Input& input : found) out.push_back(std::move(input));
}

}  // namespace

std::vector<Input> expand_inputs(const std::vector<std::string>& paths,
                                 const std::string& stdin_name) {
  std::vector<Input> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back({stdin_name, true, std::nullopt});
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) walk(path, out);
    else out.push_back({path, false, std::nullopt});
  }
  return out;
}

}  // namespace coprod
