// The checks between dates that no single value shows to be wrong: a
// consultation that closed before it opened, or whose window cannot be one
// (docs/format.md "consultation"). Like an undefined reference, such a date is a
// slip to correct, not a finding: it is an error, and gets no verdict.
#pragma once

#include <cstddef>
#include <vector>

#include "core/location.h"
#include "load/proposal.h"

namespace coprod {

// Appends an error for each impossible window, located at its `closed` date.
void check_dates(const Proposal& p, std::vector<Error>& errors, std::size_t max_errors = 100);

}  // namespace coprod
