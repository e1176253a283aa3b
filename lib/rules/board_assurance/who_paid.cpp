#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_who_paid(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;
  for (const Group* g : out.terms().community_voices_that_took_part()) {
    // Answering a survey or a consultation is not time given to the work.
    if (!out.terms().gave_time(*g)) continue;
    std::string message;
    if (!g->paid.given())
      message = fmt::format("the proposal does not say whether people in {} were paid for their "
                            "time",
                            named(*g));
    else if (g->paid.is(Paid::no))
      message = fmt::format("people in {} were not paid for their time", named(*g));
    else if (g->paid.is(Paid::expenses_only))
      message = fmt::format("people in {} had their expenses paid, but not their time", named(*g));
    else
      continue;
    out.report(g->paid, std::move(message),
               "Pay people for their time (`paid: true`), or record that payment was offered and "
               "declined (`paid: declined`).");
  }
}

}  // namespace

extern const Rule who_paid{
    .id = "who-paid",
    .item = &board::who,
    .severity = Severity::warning,
    .title = "People who gave their time were paid for it",
    .quote = "Resource everyone fairly, not for free.",
    .source = "Board steps for real co-production – setting the conditions and culture",
    .meets = "Every `lived-experience`, `carers` or `community` group that gave its time (took part in more than a `survey` or a `consultation`) has `paid: true`, or `paid: declined` (payment was offered and declined). `false` and `expenses-only` (costs reimbursed, time not paid) do not meet it.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
      communities: [core20, ethnic-minorities]
      paid: true
    - id: carers
      name: Carers of people living with diabetes
      kind: carers
      paid: declined
how:
  payment_policy: NHS England payment policy for people with lived experience (2023).
  activities:
    - id: story-sessions
      title: Storytelling sessions on living with diabetes
      method: storytelling
      stage: problem-definition
      level: co-design
      date: 2025-10-02
      groups: [peer-group, carers]
)yaml",
    .check = check_who_paid,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
