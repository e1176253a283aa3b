#include "rules/links.h"

#include "evidence/place.h"

namespace coprod {

Link judge_link(const Proposal& p, std::string_view link) {
  switch (evidence::where(p.directory, link).where) {
    case evidence::Where::file:
    case evidence::Where::web: return Link::found;
    case evidence::Where::not_https: return Link::not_https;
    case evidence::Where::absolute: return Link::absolute;
    case evidence::Where::outside: return Link::outside;
    case evidence::Where::missing: return Link::missing;
    case evidence::Where::folder: return Link::folder;
    case evidence::Where::not_a_file: return Link::not_a_file;
  }
  return Link::missing;
}

std::string_view link_problem(Link link) {
  switch (link) {
    case Link::found: return "";
    case Link::not_https: return "is a web link that is not https://";
    case Link::absolute: return "is a path on one computer, which no one else can open";
    case Link::outside: return "is outside the proposal's folder, where coprod does not look";
    case Link::missing: return "cannot be found";
    case Link::folder: return "is a folder, not a document";
    case Link::not_a_file: return "is not a document";
  }
  return "";
}

}  // namespace coprod
