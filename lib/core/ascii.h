// ASCII character classes, the same whatever the C library's locale: in
// UTF-8 text no byte of a multi-byte character is an ASCII letter or digit,
// so accents and symbols simply fall outside every class here.
#pragma once

#include <string>
#include <string_view>

namespace coprod::ascii {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_alpha(char c) { return is_lower(c) || is_upper(c); }
constexpr bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
constexpr char to_lower(char c) { return is_upper(c) ? char(c - 'A' + 'a') : c; }

// The text with its ASCII letters in lower case.
inline std::string to_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = to_lower(c);
  return out;
}

}  // namespace coprod::ascii
