#include "load/inputs.h"

#include <algorithm>
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

void walk(const std::string& root, std::vector<Input>& out) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.push_back({root, false, "this folder cannot be read: " + ec.message()});
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) break;
    const fs::path& path = it->path();
    if (is_hidden(path)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (is_proposal_name(path) && it->is_regular_file(ec)) found.push_back(path.string());
  }
  if (ec) out.push_back({root, false, "this folder could not be read to the end: " + ec.message()});
  if (found.empty() && !ec) {
    out.push_back({root, false, "no proposals here: no *.yaml or *.yml files in this folder"});
    return;
  }
  std::sort(found.begin(), found.end());
  for (std::string& path : found) out.push_back({std::move(path), false, std::nullopt});
}

}  // namespace

std::vector<Input> expand_inputs(const std::vector<std::string>& paths,
                                 const std::string& stdin_name) {
  std::vector<Input> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back({stdin_name, true, std::nullopt});
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) walk(path, out);
    else out.push_back({path, false, std::nullopt});
  }
  return out;
}

}  // namespace coprod
