// Guards an output path against the files a run reads: a report written over
// a proposal would destroy the user's own work.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace coprod {

// A message when `output` is the same file as any of `inputs` (compared by
// device and inode, so "./p.yaml", "dir/../p.yaml" and hard or symbolic links
// all count); nullopt when it is safe to write. Inputs that do not exist are
// ignored: they cannot be lost.
std::optional<std::string> output_replaces_input(const std::string& output,
                                                 const std::vector<std::string>& inputs);

}  // namespace coprod
