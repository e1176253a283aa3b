#include <fmt/format.h>

#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// A team may judge a lower level of involvement proportionate to a modest
// change (a leaflet, a form): the checklist then asks what that level needs.
// A claim that is not whole, or that the record contradicts, is set aside,
// and the checklist asks for co-production.
void check_how_proportionate(const Proposal& p, Reporter& out) {
  const std::string& refused = out.terms().proportion_refused();
  if (refused.empty()) return;
  out.report(p.proposal.proportion,
             fmt::format("the proposal judges a lower level of involvement proportionate, but {}: "
                         "the checklist asks for co-production",
                         refused),
             "Give the level (`level`), why it is proportionate (`reason`) and who agreed it "
             "(`approved_by`); a substantial variation, a closure or a change called co-produced "
             "is not judged at a lower level.");
}

}  // namespace

extern const Rule how_proportionate{
    .id = "how-proportionate",
    .item = &board::how,
    .severity = Severity::warning,
    .title = "A level of involvement judged proportionate is agreed and fits the record",
    .quote = "Understand the scope before starting BUT be ready to be flexible – you don't know what you don't know!",
    .source = "Board steps: Who to involve?",
    .meets = "`proposal.proportion`, when given, has its `level`, `reason` and `approved_by`, and nothing in the record contradicts it: the change is not a substantial variation (`scrutiny.substantial_variation`), the decision does not close a service, the proposal does not call itself co-produced, and no activity is recorded above the level claimed. The checklist then asks what that level needs.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(  proportion:
    level: consultation
    reason: A new appointment letter; the content is set by the clinic, the wording and format by its readers.
    approved_by: Director of Nursing
)yaml",
    .check = check_how_proportionate,
};

}  // namespace coprod::rules
