// Which files a command reads: the paths given on the command line, with
// folders searched (recursively) for proposals among their *.yaml and *.yml
// files, and `-` for standard input.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coprod {

struct Input {
  std::string path;                    // as shown in messages
  bool is_stdin = false;
  std::optional<std::string> problem;  // why this path yields no file to read
};

// A glob of files and folders to leave out of a walk (`--exclude`, `exclude:`
// in .coprod.yaml). A glob with a `/` is matched against the whole path
// relative to `folder` (core/glob.h); one without, like a .gitignore line,
// against the name of a file or folder at any depth. A folder left out is
// not walked into.
struct Exclusion {
  std::string glob;
  std::string folder;  // where the glob starts
  std::string given;   // where it was written, for --verbose: "--exclude", a file
};

// Whether a text is meant as a proposal: it has a top-level `coprod:` key, or
// one of the proposal's own sections (`proposal:`, `who:` …), so that a
// proposal which lost its `coprod:` line is still checked (and fails) rather
// than skipped. Reads top-level lines only; the text need not be valid YAML.
bool looks_like_proposal(std::string_view text);

struct WalkOptions {
  std::vector<Exclusion> exclude;
  // Whether files named on the command line are filtered as those found in a
  // folder are (for pre-commit, which names every changed YAML file); by
  // default a named file is always read, so that one that is not a proposal
  // is an error.
  bool filter_named = false;
  // Told of every file or folder the walk leaves out, and why.
  std::function<void(const std::string& path, const std::string& why)> skipped;
};

// The inputs of a run, one at a time: the paths in the order given, the files
// under a folder sorted by their whole path. In a folder, only proposals are
// inputs: YAML files that do not look like one (looks_like_proposal), and
// those excluded, are skipped. Hidden files and folders (".coprod.yaml",
// ".git") are skipped; symbolic links to folders are not followed, so a link
// loop cannot trap the walk, and a link to a file is followed only when the
// file is inside the folder given.
//
// Only the folders on the way down to the current file are held (their
// entries' names), never the whole list: a portfolio of 100 000 files takes
// the memory of its largest folder, not of all its names.
class InputWalk {
 public:
  InputWalk(std::vector<std::string> paths, std::string stdin_name, WalkOptions options = {});
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
  // Why a file or folder is left out, if it is.
  std::optional<std::string> left_out(const std::filesystem::path& path, bool is_folder) const;
  // Whether to read the file at `path`; when not, says why to `skipped`.
  bool keep(const std::filesystem::path& path);
  bool outside_root(const std::filesystem::path& link) const;

  std::vector<std::string> paths_;
  std::size_t next_path_ = 0;
  std::string stdin_name_;
  WalkOptions options_;
  bool found_ = false;      // whether the folder given on the command line yielded anything
  std::size_t skipped_ = 0; // the YAML files it skipped
  std::filesystem::path root_;  // that folder, its links resolved
  std::vector<Folder> stack_;
};

// The whole list, for commands that read a few files.
std::vector<Input> expand_inputs(const std::vector<std::string>& paths,
                                 const std::string& stdin_name, WalkOptions options = {});

}  // namespace coprod
