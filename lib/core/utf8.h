// Decoding UTF-8 one character at a time, for the loader's check that a file
// is UTF-8 and for the escapers that drop what XML forbids.
#pragma once

#include <cstddef>
#include <string_view>

namespace coprod {

// The length of the UTF-8 sequence starting at text[i], with its code point
// in `code`; 0 when the bytes there are not valid UTF-8 (a stray continuation
// byte, a sequence cut short, an overlong form, a surrogate, or beyond U+10FFFF).
std::size_t utf8_at(std::string_view text, std::size_t i, char32_t& code);

}  // namespace coprod
