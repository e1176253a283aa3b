#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.assurance, "assurance"}})) return;
  const Field<bool>& satisfied = p.assurance->satisfied;
  if (!satisfied.given()) {
    out.report(satisfied.at, "assurance.satisfied",
               "the proposal does not say whether those who took part are satisfied with the "
               "process followed");
  } else if (!*satisfied) {
    out.report(satisfied.at, "assurance.satisfied",
               "those who took part are not satisfied with the process followed: do not proceed, "
               "and be prepared to start again");
  }
}

}  // namespace

extern const Rule assurance_satisfied{
    .id = "assurance-satisfied",
    .item = Item::assurance,
    .severity = Severity::blocking,
    .title = "Those who took part are satisfied with the process",
    .quote = "If not satisfied with the process followed do not proceed – the outcome will not "
             "give the improvement needed! Be prepared to start again.",
    .source = "Board steps: Checklist for Board Assurance",
    .meets = "`assurance.satisfied` is `true`.",
    .example = R"(assurance:
  satisfied: true
)",
    .check = check,
};

}  // namespace coprod::rules
