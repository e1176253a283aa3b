// File globs for configuration waivers (`files: ["papers/2026/*.yaml"]`),
// matched against a proposal's path relative to the configuration's folder.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coprod {

// Whole-path match, with `/` separating folders:
//   ?   one character other than `/`
//   *   any characters other than `/` (within one folder or file name)
//   **  as a whole path segment (`**/x`, `a/**/x`, `a/**`): any number of
//       folders, including none; elsewhere it means the same as `*`
// Every other character matches itself.
bool glob_match(std::string_view pattern, std::string_view path);

// `file` relative to `folder` with `/` separators ("papers/2026/p.yaml"), or
// nothing when the file is not inside the folder. Lexical: relative paths are
// taken from the current directory and symbolic links are not followed.
std::optional<std::string> path_within(std::string_view file, std::string_view folder);

}  // namespace coprod
