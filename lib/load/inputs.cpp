#include "load/inputs.h"

#include <algorithm>
#include <cerrno>

namespace coprod {
namespace fs = std::filesystem;
namespace {

bool is_proposal_name(const fs::path& path) {
  const auto ext = path.extension();
  return ext == ".yaml" || ext == ".yml";
}

bool is_hidden(const std::string& name) { return name.size() > 1 && name[0] == '.'; }

// Why a directory entry named like a proposal is not a file to read, if so.
std::optional<std::string> not_a_file(const fs::directory_entry& entry) {
  std::error_code ec;
  const fs::file_status target = entry.status(ec);  // follows symbolic links
  if (fs::is_regular_file(target)) return std::nullopt;
  if (fs::is_directory(target)) return std::nullopt;  // a link to a folder: not followed
  if (ec.value() == ELOOP) return "skipped: its symbolic links form a loop";
  std::error_code link_error;
  const bool link = entry.is_symlink(link_error);
  if (target.type() == fs::file_type::not_found)
    return link ? "skipped: a symbolic link to a file that does not exist"
                : "skipped: it was moved or deleted while the folder was read";
  if (ec) return "skipped: cannot be read: " + ec.message();
  return "skipped: not a regular file (a pipe, socket or device)";
}

}  // namespace

InputWalk::InputWalk(std::vector<std::string> paths, std::string stdin_name)
    : paths_(std::move(paths)), stdin_name_(std::move(stdin_name)) {}

// A link found in a folder is followed only to a file inside the folder
// given on the command line: checking a folder must not read, and quote in
// its messages, a file elsewhere on the machine (a link committed in a
// repository to a file of the CI runner's). A file given by name is read
// wherever it is: the user named it.
bool InputWalk::outside_root(const fs::path& link) const {
  std::error_code ec;
  const fs::path target = fs::weakly_canonical(link, ec);
  if (ec) return false;  // a dangling link or a loop: not_a_file() says which
  const std::string& root = root_.native();
  const std::string& file = target.native();
  return !(file.size() > root.size() && file.starts_with(root) &&
           (root.ends_with('/') || file[root.size()] == '/'));
}

std::optional<std::string> InputWalk::enter(const fs::path& folder) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  if (ec) return "this folder cannot be read: " + ec.message();
  Folder listed{folder, {}, 0};
  for (const fs::directory_iterator end; it != end; it.increment(ec)) {
    std::string name = it->path().filename().native();
    if (is_hidden(name)) continue;
    std::error_code entry_error;
    // A real folder is walked into whatever its name; a link to one is not.
    // The type comes from the folder listing, so a plain file costs no stat.
    if (it->is_directory(entry_error) && !it->is_symlink(entry_error)) {
      listed.entries.push_back({std::move(name) + '/', std::nullopt});
      continue;
    }
    if (!is_proposal_name(it->path())) continue;
    if (it->is_symlink(entry_error) && outside_root(it->path())) {
      listed.entries.push_back({std::move(name), "skipped: a symbolic link to a file outside the folder being checked"});
      continue;
    }
    if (it->is_regular_file(entry_error)) listed.entries.push_back({std::move(name), std::nullopt});
    else if (auto problem = not_a_file(*it)) listed.entries.push_back({std::move(name), std::move(problem)});
  }
  // Said before the files that were found.
  if (ec) listed.entries.push_back({"", "this folder could not be read to the end: " + ec.message()});
  // Sorting names with '/' after a folder's gives the order of whole paths:
  // "x-1.yaml" < "x.yaml" < "x/1.yaml", since '-' < '.' < '/'.
  std::sort(listed.entries.begin(), listed.entries.end(),
            [](const Entry& a, const Entry& b) { return a.key < b.key; });
  stack_.push_back(std::move(listed));
  return std::nullopt;
}

std::optional<Input> InputWalk::next() {
  for (;;) {
    if (stack_.empty()) {
      if (next_path_ == paths_.size()) return std::nullopt;
      const std::string& path = paths_[next_path_++];
      if (path == "-") return Input{stdin_name_, true, std::nullopt};
      std::error_code ec;
      if (!fs::is_directory(path, ec)) return Input{path, false, std::nullopt};
      found_ = false;
      root_ = fs::weakly_canonical(path, ec);
      if (auto problem = enter(path)) return Input{path, false, std::move(problem)};
      continue;
    }
    Folder& folder = stack_.back();
    if (folder.next == folder.entries.size()) {
      // A folder given on the command line with nothing in it is said once it is walked.
      std::optional<Input> empty;
      if (stack_.size() == 1 && !found_)
        empty = Input{folder.path.native(), false,
                      "no proposals here: no *.yaml or *.yml files in this folder"};
      stack_.pop_back();
      if (empty) return empty;
      continue;
    }
    Entry& entry = folder.entries[folder.next++];
    std::optional<Input> input;
    if (entry.key.empty()) {  // the folder itself: it could not be read to the end
      input = Input{folder.path.native(), false, std::move(entry.problem)};
    } else if (entry.key.back() != '/') {
      input = Input{(folder.path / entry.key).native(), false, std::move(entry.problem)};
    } else {
      const fs::path sub = folder.path / entry.key.substr(0, entry.key.size() - 1);
      if (auto problem = enter(sub)) input = Input{sub.native(), false, std::move(problem)};
      // `folder` and `entry` may have moved: enter() grows the stack.
    }
    if (input) {
      found_ = true;
      return input;
    }
  }
}

std::vector<Input> expand_inputs(const std::vector<std::string>& paths,
                                 const std::string& stdin_name) {
  std::vector<Input> out;
  InputWalk walk(paths, stdin_name);
  while (auto input = walk.next()) out.push_back(std::move(*input));
  return out;
}

}  // namespace coprod
