// Where something is in a proposal file: 1-based line and column, as editors
// count them. A line of 0 means "no position" (a file that could not be read).
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coprod {

struct Location {
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  bool known() const { return line != 0; }
  auto operator<=>(const Location&) const = default;
};

// What a user must fix for an error (docs/json-report.md, `kind`): the text is not valid
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

// A way to correct an error, as its message shows it: lines `first` to `last`
// of the file (1-based, inclusive) replaced by `lines`. Each one a syntax
// error offers has been tried: the file so corrected reads past the error.
struct Correction {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  std::vector<std::string> lines;
};

// A reason a document is not a valid proposal (docs/format.md "errors"): it gets no
// verdict. Rule findings are something else (see rules/finding.h).
struct Error {
  Location at;
  std::string message;
  ErrorKind kind = ErrorKind::format;
  // The corrections the message shows, in its order.
  std::vector<Correction> corrections = {};
};

}  // namespace coprod
