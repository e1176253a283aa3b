#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/example_header.h"
#include "rules/links.h"
#include "rules/board_assurance/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_activities_evidenced(const Proposal& p, Reporter& out) {
  if (activities_not_applicable(p, out)) return;
  const Terms& terms = out.terms();
  for (const Activity* a : terms.done_activities()) {
    if (!a->evidence.given()) {
      out.report(a->evidence, fmt::format("{} gives no evidence that it took place", named(*a)),
                 "Give its `evidence`: notes, a report or a recording, as an https:// link or a "
                 "file path relative to the proposal's folder.");
      continue;
    }
    const std::string& e = *a->evidence;
    switch (judge_link(p, e)) {
      case Link::found: break;
      case Link::not_https:
        out.report(a->evidence, fmt::format("the evidence for {} is a link that is not https://", named(*a)),
                   "Give an https:// link, or a file path relative to the proposal's folder.");
        break;
      case Link::absolute:
        out.report(a->evidence, fmt::format("the evidence for {} is a path on one computer, which no one "
                               "else can open",
                               named(*a)),
                   fmt::format("`{}` is an absolute path: give a path relative to the "
                               "proposal's folder, or an https:// link.",
                               e));
        break;
      case Link::outside:
        out.report(a->evidence, fmt::format("the evidence for {} is outside the proposal's folder", named(*a)),
                   fmt::format("`{}` leads out of the folder that holds the proposal, where "
                               "coprod does not look: put the evidence in that folder or one "
                               "below it and give its path from there, or give an https:// link.",
                               e));
        break;
      case Link::missing:
        out.report(a->evidence, fmt::format("the evidence for {} cannot be found", named(*a)),
                   fmt::format("`{}` is not a file relative to the proposal's folder: add the "
                               "file, correct the path, or give an https:// link.",
                               e));
        break;
      case Link::folder:
        out.report(a->evidence, fmt::format("the evidence for {} is a folder, not a document", named(*a)),
                   fmt::format("`{}` is a folder: name the file in it that shows the activity "
                               "took place.",
                               e));
        break;
      case Link::not_a_file:
        out.report(a->evidence, fmt::format("the evidence for {} is not a document", named(*a)),
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
    .item = &board::activities,
    .severity = Severity::warning,
    .title = "Every activity that took place points to its evidence",
    .quote = "Board decision making process: expectations, clarity, methodology",
    .source = "Board steps for real co-production – setting the conditions and culture",
    .meets = "Every activity dated on or before the board date names `evidence` (notes, a report, a recording): an https:// link, or a path relative to the proposal's folder that is a file (not a folder, a device, a missing file or an absolute path).",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
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
    .check = check_activities_evidenced,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
