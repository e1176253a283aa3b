// The references between sections of a proposal (docs/format.md "reference"): a
// group or activity id used in one place must be defined in `who.groups` or
// `how.activities`. An undefined one is an error with "did you mean": a typing
// slip is not a co-production failure and must not get a verdict.
#pragma once

#include <cstddef>
#include <vector>

#include "core/location.h"
#include "load/proposal.h"

namespace coprod {

// Appends an error for each undefined reference, in document order, at most
// `max_errors` of them (the last then says how many more there were). Linear
// in the size of the proposal: ids are looked up in a hash, and suggestions
// are worked out only for the errors reported.
void check_references(const Proposal& p, std::vector<Error>& errors, std::size_t max_errors = 100);

}  // namespace coprod
