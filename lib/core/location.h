// Where something is in a proposal file: 1-based line and column, as editors
// count them. A line of 0 means "no position" (a file that could not be read).
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace coprod {

struct Location {
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  bool known() const { return line != 0; }
  auto operator<=>(const Location&) const = default;
};

// What a user must fix for an error (CLI.md "kind"): the text is not valid
// YAML; valid YAML that is not a valid proposal; too large, too deep or too
// many aliases; the file cannot be read.
enum class ErrorKind : std::uint8_t { syntax, format, limit, io };

// "syntax", "format", "limit" or "io", as JSON and SARIF show it.
constexpr std::string_view kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::syntax: return "syntax";
    case ErrorKind::format: return "format";
    case ErrorKind::limit: return "limit";
    case ErrorKind::io: return "io";
  }
  return "format";
}

// A reason a document is not a valid proposal (FORMAT.md "errors"): it gets no
// verdict. Rule findings are something else (see rules/finding.h).
struct Error {
  Location at;
  std::string message;
  ErrorKind kind = ErrorKind::format;
};

}  // namespace coprod
