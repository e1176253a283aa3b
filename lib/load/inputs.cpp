#include "load/inputs.h"

#include <algorithm>
#include <cerrno>
#include <fstream>

#include <fmt/format.h>

#include "core/glob.h"
#include "load/schema.h"

namespace coprod {
namespace fs = std::filesystem;
namespace {

// How much of a file is read to tell whether it is a proposal: its sections
// start at the left margin, most often on the first line.
constexpr std::size_t kLookBytes = 1024 * 1024;

// The key a top-level line starts, if it is one: `key:`, `"key":` or `'key':`.
std::optional<std::string_view> top_level_key(std::string_view line) {
  if (line.empty()) return std::nullopt;
  const char first = line[0];
  if (first == ' ' || first == '\t' || first == '#' || first == '-' || first == '[' || first == '{')
    return std::nullopt;
  std::string_view key;
  std::size_t after = 0;
  if (first == '"' || first == '\'') {
    const std::size_t close = line.find(first, 1);
    if (close == std::string_view::npos) return std::nullopt;
    key = line.substr(1, close - 1);
    after = close + 1;
  } else {
    after = line.find(':');
    if (after == std::string_view::npos) return std::nullopt;
    key = line.substr(0, after);
    while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.remove_suffix(1);
  }
  while (after < line.size() && (line[after] == ' ' || line[after] == '\t')) ++after;
  if (after == line.size() || line[after] != ':') return std::nullopt;
  if (after + 1 < line.size() && line[after + 1] != ' ' && line[after + 1] != '\t' &&
      line[after + 1] != '\r')
    return std::nullopt;
  return key;
}

bool proposal_section(std::string_view key) {
  const auto keys = format::proposal_document().keys;
  return std::any_of(keys.begin(), keys.end(), [&](const format::Key& k) { return k.name == key; });
}

// Whether the file at `path` looks like a proposal, read a line at a time
// and no further than needed; a file that cannot be read is read by the
// loader, which says why it cannot.
bool file_looks_like_proposal(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return true;
  std::size_t read = 0;
  for (std::string line; read < kLookBytes && std::getline(in, line);) {
    read += line.size() + 1;
    if (looks_like_proposal(line)) return true;
  }
  return in.bad();
}

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

bool looks_like_proposal(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a byte order mark
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    if (const auto key = top_level_key(line); key && proposal_section(*key)) return true;
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return false;
}

InputWalk::InputWalk(std::vector<std::string> paths, std::string stdin_name, WalkOptions options)
    : paths_(std::move(paths)), stdin_name_(std::move(stdin_name)), options_(std::move(options)) {}

std::optional<std::string> InputWalk::left_out(const fs::path& path, bool is_folder) const {
  for (const Exclusion& exclusion : options_.exclude) {
    std::string_view glob = exclusion.glob;
    if (glob.substr(0, 2) == "./") glob.remove_prefix(2);
    while (glob.size() > 1 && glob.back() == '/') glob.remove_suffix(1);
    const auto relative = path_within(path.native(), exclusion.folder);
    if (!relative) continue;
    const bool matched = glob.find('/') == std::string_view::npos
                             ? glob_match(glob, fs::path(*relative).filename().native())
                             : glob_match(glob, *relative);
    if (matched)
      return fmt::format("{} excluded by `{}` ({})", is_folder ? "folder" : "file",
                         exclusion.glob, exclusion.given);
  }
  return std::nullopt;
}

bool InputWalk::keep(const fs::path& path) {
  std::optional<std::string> why = left_out(path, false);
  if (!why && !file_looks_like_proposal(path))
    why = "not a proposal: no top-level `coprod:` key, nor any of a proposal's sections";
  if (!why) return true;
  ++skipped_;
  if (options_.skipped) options_.skipped(path.native(), *why);
  return false;
}

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
      if (auto why = left_out(it->path(), true)) {
        ++skipped_;
        if (options_.skipped) options_.skipped(it->path().native(), *why);
      } else {
        listed.entries.push_back({std::move(name) + '/', std::nullopt});
      }
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
      if (!fs::is_directory(path, ec)) {
        if (options_.filter_named && fs::is_regular_file(path, ec) && !keep(path)) continue;
        return Input{path, false, std::nullopt};
      }
      found_ = false;
      skipped_ = 0;
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
                      skipped_ == 0
                          ? "no proposals here: no *.yaml or *.yml files in this folder"
                          : fmt::format("no proposals here: nothing in this folder has a "
                                        "top-level `coprod:` key, or all of it is excluded ({} "
                                        "skipped; --verbose lists them)",
                                        skipped_)};
      stack_.pop_back();
      if (empty) return empty;
      continue;
    }
    Entry& entry = folder.entries[folder.next++];
    std::optional<Input> input;
    if (entry.key.empty()) {  // the folder itself: it could not be read to the end
      input = Input{folder.path.native(), false, std::move(entry.problem)};
    } else if (entry.key.back() != '/') {
      fs::path file = folder.path / entry.key;
      if (!entry.problem && !keep(file)) continue;
      input = Input{file.native(), false, std::move(entry.problem)};
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
                                 const std::string& stdin_name, WalkOptions options) {
  std::vector<Input> out;
  InputWalk walk(paths, stdin_name, std::move(options));
  while (auto input = walk.next()) out.push_back(std::move(*input));
  return out;
}

}  // namespace coprod
