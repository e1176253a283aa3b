#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.how, "how"}, {p.how->activities, "how.activities"}})) return;
  const Field<Date>& board_date = p.proposal.board_date;
  if (!board_date.given()) return;
  const auto& activities = items(p.how->activities);
  for (std::size_t i = 0; i < activities.size(); ++i) {
    const Activity& activity = activities[i];
    if (!activity.date.given() || *activity.date <= *board_date) continue;
    out.report(activity.date.at, item_path("how.activities", i, "date"),
               fmt::format("{} is dated {}, after the board meets on {}: describe planned "
                           "co-production under `continuation`, not as an activity that took "
                           "place",
                           named(activity), activity.date->iso(), board_date->iso()));
  }
}

}  // namespace

extern const Rule activities_before_board{
    .id = "activities-before-board",
    .item = Item::activities,
    .severity = Severity::warning,
    .title = "The activities described took place before the board decides",
    .quote = "Description of co-production activities prefacing the proposal/business case - "
             "before and after redesign",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "No activity is dated after `proposal.board_date`. Co-production still to come "
             "belongs in `continuation`.",
    .example = R"(proposal:
  # …
  board_date: 2026-03-12
how:
  activities:
    - id: prototype-test
      # …
      date: 2026-01-15
continuation:
  implementation: The panel meets monthly with the site manager.
)",
    .check = check,
};

}  // namespace coprod::rules
