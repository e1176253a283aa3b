#include <fmt/format.h>

#include "rules/example_header.h"
#include "rules/legal_duties/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_legal_scrutiny_consulted(const Proposal& p, Reporter& out) {
  if (out.not_applicable({Need(p.scrutiny)})) return;
  const Scrutiny& s = *p.scrutiny;
  if (!s.substantial_variation.given())
    return out.not_given(s.substantial_variation, "answer to whether the change is a substantial variation of services");
  if (!*s.substantial_variation)
    return out.not_applicable(s.substantial_variation, "the proposal says the change is not a substantial development or "
                              "variation of services (scrutiny.substantial_variation: false)");
  const Date& board_date = *p.proposal.board_date;
  if (!s.consulted.given()) {
    out.report(s.consulted, "the record does not show that the overview and scrutiny committee was consulted "
               "on this substantial change to services",
               "Give the date consultation with the local authority's overview and scrutiny "
               "committee began (`scrutiny.consulted`), on or before the board date.");
  } else if (board_date < *s.consulted) {
    out.report(s.consulted, fmt::format("the record shows consultation with the overview and scrutiny "
                           "committee beginning on {}, after the board decides on {}",
                           s.consulted->iso(), board_date.iso()),
               "Begin consulting the overview and scrutiny committee before the decision; if it "
               "began earlier, correct `scrutiny.consulted`.");
  }
}

}  // namespace

extern const Rule legal_scrutiny_consulted{
    .id = "legal-scrutiny-consulted",
    .item = &legal::scrutiny,
    .severity = Severity::blocking,
    .title = "The overview and scrutiny committee was consulted on a substantial change",
    .quote = "Section 244 of the NHS Act 2006 requires NHS organisations to consult relevant Overview and Scrutiny Committees (OSC) on any proposals for a substantial development … or a substantial variation",
    .source = "Sunderland CCG, Legal duties to involve the public: a summary (the regulations' own text not verified)",
    .meets = "If `scrutiny.substantial_variation` is `true`: `scrutiny.consulted`, the day consultation with the local authority's overview and scrutiny committee began, is on or before `proposal.board_date`.",
    .example = COPROD_EXAMPLE_ICB R"yaml(scrutiny:
  substantial_variation: true
  consulted: 2026-01-20
)yaml",
    .check = check_legal_scrutiny_consulted,
};

}  // namespace coprod::rules
