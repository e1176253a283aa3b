#include <fmt/format.h>

#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_assurance_satisfied(const Proposal& p, Reporter& out) {
  // An urgent decision taken before anyone could be involved: there is no
  // one yet to ask, unless the proposal answers it.
  if (const auto& judged = out.terms().judged();
      judged && judged->urgent && !(p.assurance.given() && p.assurance->satisfied.given())) {
    out.not_applicable(*judged->at, judged->why);
    return;
  }
  // The one question a section marked not applicable does not answer: unlike
  // the other rules, this one still reports, so that such a proposal can never
  // be Assured without saying whether those who took part are satisfied.
  if (p.assurance.not_applicable()) {
    out.report(p.assurance, fmt::format("the assurance section is marked not applicable (\"{}\"), but the "
                           "board must still know whether those who took part are satisfied with "
                           "the process followed",
                           p.assurance.reason),
               "Give `assurance.satisfied`, as those who took part answer it.");
    return;
  }
  const Field<bool>& satisfied = p.assurance->satisfied;
  if (!satisfied.given()) {
    out.report(satisfied, "the proposal does not say whether those who took part are satisfied with the "
               "process followed",
               "Give `assurance.satisfied`, as those who took part answer it.");
  } else if (!*satisfied) {
    out.report(satisfied, "those who took part are not satisfied with the process followed: do not proceed, "
               "and be prepared to start again");
  }
}

}  // namespace

extern const Rule assurance_satisfied{
    .id = "assurance-satisfied",
    .item = &board::assurance,
    .severity = Severity::blocking,
    .title = "Those who took part are satisfied with the process",
    .quote = "If not satisfied with the process followed do not proceed – the outcome will not give the improvement needed! Be prepared to start again.",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "`assurance.satisfied` is `true`. It cannot be waived, and marking the `assurance` section not applicable does not answer it.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(assurance:
  satisfied: true
)yaml",
    .check = check_assurance_satisfied,
};

}  // namespace coprod::rules
