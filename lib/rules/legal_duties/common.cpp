#include "rules/legal_duties/common.h"

#include <fmt/format.h>

#include "rules/links.h"

namespace coprod::rules::legal {

namespace {

std::string link_guidance(Link link, std::string_view value) {
  switch (link) {
    case Link::found: return "";
    case Link::not_https:
      return fmt::format("`{}` is not an https:// link: give one, or a file path relative to the "
                         "proposal's folder.",
                         value);
    case Link::absolute:
      return fmt::format("`{}` is an absolute path: give a path relative to the proposal's "
                         "folder, or an https:// link.",
                         value);
    case Link::missing:
      return fmt::format("`{}` is not a file relative to the proposal's folder: add the file, "
                         "correct the path, or give an https:// link.",
                         value);
    case Link::folder:
      return fmt::format("`{}` is a folder: name the document in it.", value);
    case Link::not_a_file:
      return fmt::format("`{}` is not a regular file: name a file relative to the proposal's "
                         "folder, or an https:// link.",
                         value);
  }
  return "";
}

}  // namespace

bool check_link(const Proposal& p, Reporter& out, const Text& link, std::string_view what) {
  if (!link.given()) return true;
  const Link judged = judge_link(p, *link);
  if (judged == Link::found) return true;
  out.report(link,
             fmt::format("the link to {} {}", what, link_problem(judged)),
             link_guidance(judged, *link));
  return false;
}

std::string listed(const std::vector<std::string_view>& words, std::string_view last) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? fmt::format(" {} ", last) : std::string(", ");
    out += words[i];
  }
  return out;
}

std::string weeks_and_days(int days) {
  const auto unit = [](int n, std::string_view one) {
    return fmt::format("{} {}{}", n, one, n == 1 ? "" : "s");
  };
  const int weeks = days / 7, rest = days % 7;
  if (weeks == 0) return unit(rest, "day");
  if (rest == 0) return unit(weeks, "week");
  return unit(weeks, "week") + " and " + unit(rest, "day");
}

}  // namespace coprod::rules::legal
