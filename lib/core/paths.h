// Where coprod finds the files a user may put beside it (templates/).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace coprod {

// The folders to look for template files in, first match wins:
// $COPROD_TEMPLATE_DIR, then <binary's folder>/../share/coprod/templates (an
// installed or relocated coprod) when it exists. Templates not found there
// are the ones compiled in (render/builtin_templates.h), so none is needed.
// Throws std::runtime_error when COPROD_TEMPLATE_DIR is set to something that
// is not a folder: a setting that silently does nothing is worse than none.
std::vector<std::filesystem::path> template_dirs();

// The binary's own path, or empty when the system does not say.
std::string executable_path();

}  // namespace coprod
