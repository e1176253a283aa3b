// Where coprod finds the files it ships beside its binary (templates/).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace coprod {

// The folders to look for templates in, first match wins, keeping only those
// that exist: $COPROD_TEMPLATE_DIR, then <binary's folder>/../share/coprod/
// templates (an installed or relocated coprod), then the source tree's
// templates/ (a build-tree coprod, so edits to templates show at once), then
// the folder it was configured to install to.
std::vector<std::filesystem::path> template_dirs();

// The binary's own path, or empty when the system does not say.
std::string executable_path();

}  // namespace coprod
