// Where evidence may be (docs/evidence.md): a file in the proposal's folder
// or below it, or an https:// link. One function decides, for the rules that
// judge links (rules/links.h) and for the reader (evidence/read.h), so the two
// can never disagree about which file a link names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace coprod::evidence {

enum class Where : std::uint8_t {
  file,        // a regular file at or below the proposal's folder
  web,         // an https:// link (never fetched)
  not_https,   // a link of another kind: http://, ftp://, file:// …
  absolute,    // a path from the root of one computer (/home/…)
  outside,     // a path that leaves the folder: "../x", "a/../../x", or a symbolic link out
  missing,     // nothing there (or a link that goes nowhere)
  folder,      // a folder, not a document
  not_a_file,  // a pipe, socket or device
};

struct Place {
  Where where = Where::missing;
  // For a file: its path with every symbolic link resolved, and its device
  // and inode, so that the reader opens that very file and nothing else.
  std::string path;
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
};

// Where `link`, as a proposal writes it, leads from the folder that holds the
// proposal (`proposal_dir`; empty means the current folder). A relative path
// is judged twice: as written ("..", which cannot be undone by a later name)
// and as the system resolves it (symbolic links), and must stay inside both
// times. Never throws.
Place where(const std::string& proposal_dir, std::string_view link);

}  // namespace coprod::evidence
