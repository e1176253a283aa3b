#include "rules/legal_duties/common.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "rules/links.h"
#include "rules/reading.h"

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
    case Link::outside:
      return fmt::format("`{}` leads out of the folder that holds the proposal: put the document "
                         "in that folder or one below it, or give an https:// link.",
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

std::string weeks_and_days(int days) {
  const auto unit = [](int n, std::string_view one) {
    return fmt::format("{} {}{}", n, one, n == 1 ? "" : "s");
  };
  const int weeks = days / 7, rest = days % 7;
  if (weeks == 0) return unit(rest, "day");
  if (rest == 0) return unit(weeks, "week");
  return unit(weeks, "week") + " and " + unit(rest, "day");
}

void decided_before(Reporter& out, const Date& day, bool ends_the_asking,
                    std::string_view before, std::string_view guidance) {
  const Reading& reading = out.reading();
  for (const Found* f : reading.of(evidence::Kind::prior_decision)) {
    const evidence::Statement& s = f->statement;
    if (s.timing == evidence::Timing::by_date &&
        !std::all_of(s.dates.begin(), s.dates.end(),
                     [&](const evidence::TextDate& d) { return d.latest() < day; }))
      continue;
    if (s.timing == evidence::Timing::by_date ? s.dates.empty() : !ends_the_asking) continue;
    std::optional<AppliedWaiver> reconciled = reading.agreed(*f);
    out.report_text(f->at, f->path,
                    fmt::format("{} shows the decision taken before {}: \"{}\" ({})",
                                Reading::found_in(*f),
                                before, s.sentence, s.where()),
                    std::string(guidance), std::move(reconciled));
  }
}

}  // namespace coprod::rules::legal
