// Where something is in a proposal file: 1-based line and column, as editors
// count them. A line of 0 means "no position" (a file that could not be read).
#pragma once

#include <compare>
#include <cstdint>
#include <string>

namespace coprod {

struct Location {
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  bool known() const { return line != 0; }
  auto operator<=>(const Location&) const = default;
};

// A reason a document is not a valid proposal (FORMAT.md "errors"): it gets no
// verdict. Rule findings are something else (see rules/finding.h).
struct Error {
  Location at;
  std::string message;
};

}  // namespace coprod
