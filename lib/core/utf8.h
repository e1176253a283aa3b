// Decoding UTF-8 one character at a time, for the loader's check that a file
// is UTF-8 and for the escapers that drop what XML forbids.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace coprod {

// The length of the UTF-8 sequence starting at text[i], with its code point
// in `code`; 0 when the bytes there are not valid UTF-8 (a stray continuation
// byte, a sequence cut short, an overlong form, a surrogate, or beyond U+10FFFF).
std::size_t utf8_at(std::string_view text, std::size_t i, char32_t& code);

// Characters that change how text reads without showing themselves: the
// bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F,
// U+061C) that can make a published line read backwards ("Trojan Source"),
// and the zero-width ones (U+200B-U+200D, U+2060, U+FEFF, U+00AD) that hide
// a word inside another.
bool is_hidden_character(char32_t code);

// A character that shows nothing: white space of any kind (ASCII, no-break,
// en, em, ideographic and the other Unicode spaces, line and paragraph
// separators), a hidden character as above, or one of the fillers that
// render as blank (U+115F, U+1160, U+3164, U+FFA0, U+2800, U+180E, U+034F,
// U+2061-U+2064).
bool is_blank_character(char32_t code);

// Text with nothing to read in it: empty, or made only of blank characters.
// The loader treats such text as absent, wherever it does: a waiver's reason
// of a no-break space is no reason. Bytes that are not UTF-8 are not blank.
bool is_blank(std::string_view text);

// `text` without the blank characters at either end.
std::string_view trim_blank(std::string_view text);

// The bytes a YAML `!!binary` value holds: base64, with any whitespace
// between; characters outside the alphabet are skipped.
std::string base64_decode(std::string_view text);

// What visible() does with a line break: writes it as `<U+000A>` (in a file
// name, where it can only be a trick), turns it into a space (in a message,
// which is one line), or keeps it (in a text an appendix shows whole).
enum class Newlines { escape, space, keep };

// Text safe to show a person in any output: bytes that are not UTF-8 become
// U+FFFD (the replacement character), and control characters (C0 but tab and
// newline, see Newlines; DEL; C1) and hidden characters are written visibly
// as `<U+001B>`, so none reaches a terminal raw, starts a line or forges a
// workflow command.
std::string visible(std::string_view text, Newlines newlines = Newlines::escape);

}  // namespace coprod
