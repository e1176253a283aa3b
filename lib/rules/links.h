// Whether a link a proposal gives (evidence, a report, a published document)
// resolves, as docs/rules.md counts evidence: an https:// URL (never fetched), or
// a path relative to the proposal's folder that names a regular file at or
// below that folder (evidence/place.h decides where a link leads).
#pragma once

#include <string_view>

#include "load/proposal.h"

namespace coprod {

enum class Link { found, not_https, absolute, outside, missing, folder, not_a_file };

Link judge_link(const Proposal& p, std::string_view link);

// What is wrong with a link, as a phrase after "the link": "cannot be found";
// empty when it is found.
std::string_view link_problem(Link link);

}  // namespace coprod
