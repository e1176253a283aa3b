#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// Links are accepted as they are (never fetched); anything else, including
// other schemes such as http://, must be a path that exists beside the proposal.
bool found(const Proposal& p, const std::string& evidence) {
  if (evidence.starts_with("https://")) return true;
  namespace fs = std::filesystem;
  const fs::path folder = p.directory.empty() ? fs::path(".") : fs::path(p.directory);
  std::error_code error;
  return fs::exists(folder / evidence, error);
}

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.how, "how"}, {p.how->activities, "how.activities"}})) return;
  const auto& activities = items(p.how->activities);
  for (std::size_t i = 0; i < activities.size(); ++i) {
    const Activity& activity = activities[i];
    if (!activity.evidence.given()) {
      out.report(activity.evidence.at, item_path("how.activities", i, "evidence"),
                 fmt::format("{} names no evidence: give `evidence`, a path to its notes, report "
                             "or recording relative to the proposal's folder, or an https:// link",
                             named(activity)));
    } else if (!found(p, *activity.evidence)) {
      out.report(activity.evidence.at, item_path("how.activities", i, "evidence"),
                 fmt::format("the evidence for {} cannot be found: `{}` is not a file that "
                             "exists relative to the proposal's folder, nor an https:// link",
                             named(activity), *activity.evidence));
    }
  }
}

}  // namespace

extern const Rule activities_evidenced{
    .id = "activities-evidenced",
    .item = Item::activities,
    .severity = Severity::warning,
    .title = "Every activity points to its evidence",
    .quote = "Board decision making process: expectations, clarity, methodology",
    .source = "Board steps for real co-production – setting the conditions and culture",
    .meets = "Every activity names `evidence` (notes, a report, a recording), either a path "
             "relative to the proposal's folder that exists, or an https:// link.",
    .example = R"(how:
  activities:
    - id: open-space
      # …
      evidence: evidence/open-space-report.md
    - id: discovery
      # …
      evidence: https://example.org/reports/discovery
)",
    .check = check,
};

}  // namespace coprod::rules
