// Syntax errors in the words of the people who write proposals: what is
// wrong, on the line where it is wrong, and how to write it instead. The
// parser's own message is only the starting point.
#pragma once

#include <optional>
#include <string_view>

#include "core/location.h"

namespace coprod::yaml {

// A mistake found in the text before parsing, that the parser would report
// confusingly or not at all: a non-breaking space in the indentation.
std::optional<Error> check_indentation(std::string_view text);

// Turns the parser's message at `at` into an error of kind `syntax` that says
// what to do, looking at the text around it.
Error explain_syntax(std::string_view message, Location at, std::string_view text);

// `*name` with no `&name` before it, as when a value starts with `*`.
Error explain_unknown_alias(Location at, std::string_view name, std::string_view text);

// `title: Rooms #2 pilot` reads as `Rooms`, the rest dropped as a comment:
// an error of kind `format` at the `#` that says how to keep the text.
Error explain_dropped_comment(Location at, std::string_view text);

}  // namespace coprod::yaml
