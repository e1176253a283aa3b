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

// "a, b and c" for a message; `last` joins the last two ("or" after "does not show").
std::string listed(const std::vector<std::string_view>& words, std::string_view last = "and");

// "6 weeks and 2 days", "12 weeks", "1 day".
std::string weeks_and_days(int days);

}  // namespace coprod::rules::legal
