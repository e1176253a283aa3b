// Which files a command reads: the paths given on the command line, with
// folders searched (recursively) for *.yaml and *.yml, and `-` for standard input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace coprod {

struct Input {
  std::string path;                    // as shown in messages
  bool is_stdin = false;
  std::optional<std::string> problem;  // why this path yields no file to read
};

// The inputs of a run, kept compact: a portfolio may hold 100 000 files, so
// the paths share one buffer and only the few inputs with a problem carry one.
class InputList {
 public:
  std::size_t size() const { return entries_.size(); }
  Input operator[](std::size_t i) const;
  std::string_view path(std::size_t i) const;
  bool is_stdin(std::size_t i) const { return entries_[i].is_stdin; }

  void add(std::string_view path, bool is_stdin = false,
           std::optional<std::string> problem = std::nullopt);
  // Sorts the inputs from `from` to the end by path.
  void sort_from(std::size_t from);
  // Moves the last input to position `i`, before the ones from `i` on.
  void move_last_to(std::size_t i);

 private:
  struct Entry {
    std::size_t offset = 0;  // of the path in paths_
    std::size_t length = 0;
    bool is_stdin = false;
    std::size_t problem = kNone;  // index into problems_
  };
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::string paths_;
  std::vector<Entry> entries_;
  std::vector<std::string> problems_;
};

// In the order given; files found in a folder in sorted order. Hidden files
// and folders (".coprod.yaml", ".git") are skipped; symbolic links to folders
// are not followed, so a link loop cannot trap the walk.
InputList list_inputs(const std::vector<std::string>& paths, const std::string& stdin_name);

// The same, as a plain list, for commands that read a few files.
std::vector<Input> expand_inputs(const std::vector<std::string>& paths,
                                 const std::string& stdin_name);

}  // namespace coprod
