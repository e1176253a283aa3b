#include <fmt/format.h>

#include "rules/example_header.h"
#include "rules/legal_duties/common.h"
#include "rules/legal_duties/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// The "widely accepted twelve-week consultation period".
constexpr int kTwelveWeeks = 84;

void check_legal_gunning_time(const Proposal& p, Reporter& out) {
  if (out.not_applicable({Need(p.consultation)})) return;
  const Consultation& c = *p.consultation;
  if (!c.opened.given())
    return out.not_given(c.opened, "consultation opening date");
  if (!c.closed.given())
    return out.not_given(c.closed, "consultation closing date");
  const int days = days_between(*c.opened, *c.closed);
  if (days >= kTwelveWeeks) return;
  out.report(c.closed, fmt::format("the consultation was open for {} ({} to {}), less than the twelve weeks "
                         "usually expected, and the record does not show why a shorter time was "
                         "enough",
                         legal::weeks_and_days(days), c.opened->iso(), c.closed->iso()),
             "If a shorter consultation was right (a small or urgent change, or people already "
             "closely involved), say why in the board paper, and record the board's agreement as "
             "a waiver of `legal-gunning-time` with that reason.");
}

}  // namespace

extern const Rule legal_gunning_time{
    .id = "legal-gunning-time",
    .item = &legal::consultation,
    .severity = Severity::warning,
    .title = "The consultation was open long enough for people to respond",
    .quote = "There is no set timeframe for consultation, despite the widely accepted twelve-week consultation period",
    .source = "Bedfordshire CCG, The Gunning Principles",
    .meets = "If `consultation.opened` and `consultation.closed` are given: the consultation was open for at least twelve weeks (84 days from the day it opened to the day it closed). A shorter time can be right, so this is a warning, not blocking: say why, and waive it with the board's agreement.",
    .example = COPROD_EXAMPLE_ICB R"yaml(consultation:
  opened: 2026-01-12
  closed: 2026-04-06
)yaml",
    .check = check_legal_gunning_time,
};

}  // namespace coprod::rules
