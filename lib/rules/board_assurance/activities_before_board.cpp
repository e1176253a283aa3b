#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_activities_before_board(const Proposal& p, Reporter& out) {
  if (activities_not_applicable(p, out)) return;
  const Terms& terms = out.terms();
  const Field<Date>& board_date = p.proposal.board_date;
  for (const Activity& a : terms.activities()) {
    if (!a.date.given() || terms.done(a)) continue;
    const std::string when =
        *a.date > *board_date ? fmt::format("after the board meets on {}", board_date->iso())
                              : std::string("a day that has not come yet");
    out.report(a.date, fmt::format("{} is dated {}, {}: it is planned, not done, and counts towards "
                           "nothing until it has happened",
                           named(a), a.date->iso(), when),
               "Describe co-production still to come under `continuation`, or correct the date.");
  }
}

}  // namespace

extern const Rule activities_before_board{
    .id = "activities-before-board",
    .item = &board::activities,
    .severity = Severity::warning,
    .title = "The activities described took place before the board decides",
    .quote = "Description of co-production activities prefacing the proposal/business case - before and after redesign",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "No activity is dated after `proposal.board_date`, or after the day of the check. Co-production still to come belongs in `continuation`; an activity dated after the board, or in the future, is planned work, and counts towards no other rule.",
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
continuation:
  implementation: The peer group meets the clinic team monthly and signs off each change.
)yaml",
    .check = check_activities_before_board,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
