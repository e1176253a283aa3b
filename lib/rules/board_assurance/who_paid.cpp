#include <fmt/format.h>

#include "rules/board_assurance/common.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.who, "who"}, {p.who->groups, "who.groups"}})) return;
  const auto& groups = items(p.who->groups);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const Group& group = groups[i];
    if (!has_lived_experience(&group)) continue;
    if (!group.paid.given()) {
      out.report(group.paid.at, item_path("who.groups", i, "paid"),
                 fmt::format("{} does not say whether people were paid for their time: add "
                             "`paid: true` or `paid: false`",
                             named(group)));
    } else if (*group.paid == "false" || *group.paid == "expenses-only") {
      out.report(group.paid.at, item_path("who.groups", i, "paid"),
                 fmt::format("people in {} were not paid or reimbursed for their time",
                             named(group)));
    }
  }
}

}  // namespace

extern const Rule who_paid{
    .id = "who-paid",
    .item = Item::who,
    .severity = Severity::warning,
    .title = "People who gave their time were paid for it",
    .quote = "Resource everyone fairly, not for free.",
    .source = "Board steps for real co-production – setting the conditions and culture",
    .meets = "Every group of kind `lived-experience`, `carers` or `community` has `paid: true`: "
             "people were paid or reimbursed for their time.",
    .example = R"(who:
  groups:
    - id: lived-experience-panel
      name: Life Rooms lived experience panel
      kind: lived-experience
      paid: true
how:
  payment_policy: NHS England payment policy for people with lived experience (2023).
)",
    .check = check,
};

}  // namespace coprod::rules
