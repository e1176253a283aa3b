// Checks a parsed document against a Shape (schema.h) and reports every way
// it is not a valid proposal, each at its line and column.
#pragma once

#include <optional>
#include <vector>

#include "core/location.h"
#include "load/schema.h"
#include "load/yaml_tree.h"

namespace coprod::format {

// Appends the errors, in document order, at most `max_errors` of them (the
// last then says how many more there were).
void validate(const yaml::Node& root, const Shape& shape, std::vector<Error>& errors,
              std::size_t max_errors = 100);

// Text that counts as given: not empty and not only white space.
bool is_blank(std::string_view text);

}  // namespace coprod::format
