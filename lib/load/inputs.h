// Which files a command reads: the paths given on the command line, with
// folders searched (recursively) for *.yaml and *.yml, and `-` for standard input.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace coprod {

struct Input {
  std::string path;                    // as shown in messages
  bool is_stdin = false;
  std::optional<std::string> problem;  // why this path yields no file to read
};

// The inputs of a run, one at a time: the paths in the order given, the files
// under a folder sorted by their whole path. Hidden files and folders
// (".coprod.yaml", ".git") are skipped; symbolic links to folders are not
// followed, so a link loop cannot trap the walk, and a link to a file is
// followed only when the file is inside the folder given.
//
// Only the folders on the way down to the current file are held (their
// entries' names), never the whole list: a portfolio of 100 000 files takes
// the memory of its largest folder, not of all its names.
class InputWalk {
 public:
  InputWalk(std::vector<std::string> paths, std::string stdin_name);
  // The next input, or nothing once every path has been walked.
  std::optional<Input> next();

 private:
  struct Entry {
    std::string key;  // the name; a folder to walk into ends in '/', and a problem with the folder itself is ""
    std::optional<std::string> problem;
  };
  struct Folder {
    std::filesystem::path path;
    std::vector<Entry> entries;  // sorted by key
    std::size_t next = 0;
  };
  // Lists a folder and goes into it; why it cannot be read, if so.
  std::optional<std::string> enter(const std::filesystem::path& folder);
  bool outside_root(const std::filesystem::path& link) const;

  std::vector<std::string> paths_;
  std::size_t next_path_ = 0;
  std::string stdin_name_;
  bool found_ = false;  // whether the folder given on the command line yielded anything
  std::filesystem::path root_;  // that folder, its links resolved
  std::vector<Folder> stack_;
};

// The whole list, for commands that read a few files.
std::vector<Input> expand_inputs(const std::vector<std::string>& paths,
                                 const std::string& stdin_name);

}  // namespace coprod
