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

void walk(const std::string& root, InputList& out) {
  const std::size_t first = out.size();
  std::error_code ec;
  // Symbolic links to folders are not followed (no follow_directory_symlink),
  // so a link back up the tree cannot loop.
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.add(root, false, "this folder cannot be read: " + ec.message());
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
    if (auto problem = not_a_file(*it)) out.add(path.native(), false, std::move(problem));
    else if (!it->is_directory(entry_error)) out.add(path.native());
  }
  const bool found = out.size() > first;
  out.sort_from(first);
  if (walk_error) {
    // Said before the files that were found.
    out.add(root, false, "this folder could not be read to the end: " + walk_error.message());
    out.move_last_to(first);
  } else if (!found) {
    out.add(root, false, "no proposals here: no *.yaml or *.yml files in this folder");
  }
}

}  // namespace

Input InputList::operator[](std::size_t i) const {
  const Entry& e = entries_[i];
  Input input{std::string(path(i)), e.is_stdin, std::nullopt};
  if (e.problem != kNone) input.problem = problems_[e.problem];
  return input;
}

std::string_view InputList::path(std::size_t i) const {
  return std::string_view(paths_).substr(entries_[i].offset, entries_[i].length);
}

void InputList::add(std::string_view path, bool is_stdin, std::optional<std::string> problem) {
  Entry e{paths_.size(), path.size(), is_stdin, kNone};
  if (problem) {
    e.problem = problems_.size();
    problems_.push_back(std::move(*problem));
  }
  paths_.append(path);
  entries_.push_back(e);
}

void InputList::sort_from(std::size_t from) {
  const std::string_view paths = paths_;
  std::sort(entries_.begin() + std::ptrdiff_t(from), entries_.end(),
            [&](const Entry& a, const Entry& b) {
              return paths.substr(a.offset, a.length) < paths.substr(b.offset, b.length);
            });
}

void InputList::move_last_to(std::size_t i) {
  std::rotate(entries_.begin() + std::ptrdiff_t(i), entries_.end() - 1, entries_.end());
}

InputList list_inputs(const std::vector<std::string>& paths, const std::string& stdin_name) {
  InputList out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.add(stdin_name, true);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) walk(path, out);
    else out.add(path);
  }
  return out;
}

std::vector<Input> expand_inputs(const std::vector<std::string>& paths,
                                 const std::string& stdin_name) {
  const InputList list = list_inputs(paths, stdin_name);
  std::vector<Input> out;
  out.reserve(list.size());
  for (std::size_t i = 0; i < list.size(); ++i) out.push_back(list[i]);
  return out;
}

}  // namespace coprod
