// What several legal-duties rules ask of a proposal, beyond the shared terms
// (rules/terms.h) and links (rules/links.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "load/proposal.h"
#include "rules/rule.h"

namespace coprod::rules::legal {

// Reports a link that is given and does not resolve, at its value:
// "the link to the consultation document cannot be found". `what` names the
// document it should lead to. True when it resolves or is not given.
bool check_link(const Proposal& p, Reporter& out, const Text& link, std::string_view what);

// Reports each sentence of the evidence or of the proposal's own text that
// says a decision was taken before `day` (its dates, all before it; or, when
// `day` ends the asking, its words: "decided before anyone was asked"),
// unless a reconciliation someone agreed says what it means: the law asks
// that the decision was still open then. `before` says what `day` is: "the
// consultation closed on 3 March 2026".
void decided_before(Reporter& out, const Date& day, bool ends_the_asking,
                    std::string_view before, std::string_view guidance);

// "6 weeks and 2 days", "12 weeks", "1 day".
std::string weeks_and_days(int days);

}  // namespace coprod::rules::legal
