#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

enum class Evidence { found, not_https, absolute, missing, folder, not_a_file };

// Links are accepted as they are (never fetched); anything else must be a
// file beside the proposal that a reader of the board paper could open.
Evidence judge(const Proposal& p, const std::string& evidence) {
  if (evidence.starts_with("https://")) return evidence.size() > 8 ? Evidence::found : Evidence::not_https;
  if (evidence.find("://") != std::string::npos || evidence.starts_with("http:"))
    return Evidence::not_https;
  namespace fs = std::filesystem;
  const fs::path path(evidence);
  if (path.is_absolute()) return Evidence::absolute;
  const fs::path folder = p.directory.empty() ? fs::path(".") : fs::path(p.directory);
  std::error_code error;
  const fs::file_status status = fs::status(folder / path, error);
  if (error || !fs::exists(status)) return Evidence::missing;
  if (fs::is_directory(status)) return Evidence::folder;
  if (!fs::is_regular_file(status)) return Evidence::not_a_file;
  return Evidence::found;
}

void check(const Proposal& p, Reporter& out) {
  if (activities_not_applicable(p, out)) return;
  const Terms& terms = out.terms();
  for (const Activity* a : terms.done_activities()) {
    const std::string path = activity_path(terms, *a, "evidence");
    if (!a->evidence.given()) {
      out.report(a->evidence.at, path,
                 fmt::format("{} gives no evidence that it took place", named(*a)),
                 "Give its `evidence`: notes, a report or a recording, as an https:// link or a "
                 "file path relative to the proposal's folder.");
      continue;
    }
    const std::string& e = *a->evidence;
    switch (judge(p, e)) {
      case Evidence::found: break;
      case Evidence::not_https:
        out.report(a->evidence.at, path,
                   fmt::format("the evidence for {} is a link that is not https://", named(*a)),
                   "Give an https:// link, or a file path relative to the proposal's folder.");
        break;
      case Evidence::absolute:
        out.report(a->evidence.at, path,
                   fmt::format("the evidence for {} is a path on one computer, which no one "
                               "else can open",
                               named(*a)),
                   fmt::format("`{}` is an absolute path: give a path relative to the "
                               "proposal's folder, or an https:// link.",
                               e));
        break;
      case Evidence::missing:
        out.report(a->evidence.at, path,
                   fmt::format("the evidence for {} cannot be found", named(*a)),
                   fmt::format("`{}` is not a file relative to the proposal's folder: add the "
                               "file, correct the path, or give an https:// link.",
                               e));
        break;
      case Evidence::folder:
        out.report(a->evidence.at, path,
                   fmt::format("the evidence for {} is a folder, not a document", named(*a)),
                   fmt::format("`{}` is a folder: name the file in it that shows the activity "
                               "took place.",
                               e));
        break;
      case Evidence::not_a_file:
        out.report(a->evidence.at, path,
                   fmt::format("the evidence for {} is not a document", named(*a)),
                   fmt::format("`{}` is not a regular file: name a file relative to the "
                               "proposal's folder, or an https:// link.",
                               e));
        break;
    }
  }
}

}  // namespace

extern const Rule activities_evidenced{
    .id = "activities-evidenced",
    .item = Item::activities,
    .severity = Severity::warning,
    .title = "Every activity that took place points to its evidence",
    .quote = "Board decision making process: expectations, clarity, methodology",
    .source = "Board steps for real co-production – setting the conditions and culture",
    .meets = "Every activity dated on or before the board date names `evidence` (notes, a report, a recording): an https:// link, or a path relative to the proposal's folder that is a file (not a folder, a device, a missing file or an absolute path).",
    .example = R"yaml(coprod: 1
proposal:
  title: Community diabetes clinics
  organisation: An NHS trust
  lead: Director of Nursing
  board_date: 2026-03-12
  decision: Approve the community diabetes clinics.
who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
      communities: [core20, ethnic-minorities]
      paid: true
how:
  activities:
    - id: story-sessions
      title: Storytelling sessions on living with diabetes
      method: storytelling
      stage: problem-definition
      level: co-design
      date: 2025-10-02
      groups: [peer-group]
      evidence: https://example.org/reports/story-sessions
)yaml",
    .check = check,
};

}  // namespace coprod::rules
