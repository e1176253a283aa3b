#include "rules/links.h"

#include <filesystem>
#include <system_error>

namespace coprod {

Link judge_link(const Proposal& p, std::string_view link) {
  if (link.starts_with("https://")) return link.size() > 8 ? Link::found : Link::not_https;
  if (link.find("://") != std::string_view::npos || link.starts_with("http:"))
    return Link::not_https;
  namespace fs = std::filesystem;
  const fs::path path(link);
  if (path.is_absolute()) return Link::absolute;
  const fs::path folder = p.directory.empty() ? fs::path(".") : fs::path(p.directory);
  std::error_code error;
  const fs::file_status status = fs::status(folder / path, error);
  if (error || !fs::exists(status)) return Link::missing;
  if (fs::is_directory(status)) return Link::folder;
  if (!fs::is_regular_file(status)) return Link::not_a_file;
  return Link::found;
}

std::string_view link_problem(Link link) {
  switch (link) {
    case Link::found: return "";
    case Link::not_https: return "is a web link that is not https://";
    case Link::absolute: return "is a path on one computer, which no one else can open";
    case Link::missing: return "cannot be found";
    case Link::folder: return "is a folder, not a document";
    case Link::not_a_file: return "is not a document";
  }
  return "";
}

}  // namespace coprod
