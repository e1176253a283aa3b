#include "core/utf8.h"

#include <doctest/doctest.h>

namespace coprod {

TEST_CASE("utf8_at decodes one character and refuses what is not UTF-8") {
  char32_t code = 0;
  CHECK(utf8_at("a", 0, code) == 1);
  CHECK(code == U'a');
  CHECK(utf8_at("caf\xC3\xA9", 3, code) == 2);
  CHECK(code == U'\u00E9');
  CHECK(utf8_at("\xE2\x9C\x93", 0, code) == 3);
  CHECK(code == U'\u2713');
  CHECK(utf8_at("\xF0\x9F\x98\x80", 0, code) == 4);
  CHECK(code == U'\U0001F600');

  CHECK(utf8_at("\x80", 0, code) == 0);              // a continuation byte on its own
  CHECK(utf8_at("\xE2\x9C", 0, code) == 0);          // cut short at the end
  CHECK(utf8_at("\xE2\x9C" "a", 0, code) == 0);      // cut short by another character
  CHECK(utf8_at("\xC0\x80", 0, code) == 0);          // overlong NUL
  CHECK(utf8_at("\xED\xA0\x80", 0, code) == 0);      // a UTF-16 surrogate
  CHECK(utf8_at("\xF4\x90\x80\x80", 0, code) == 0);  // beyond U+10FFFF
  CHECK(utf8_at("\xF5\x80\x80\x80", 0, code) == 0);
  CHECK(utf8_at("\xFF", 0, code) == 0);
}

TEST_CASE("blank text is white space of any kind, and invisible characters") {
  CHECK(is_blank(""));
  CHECK(is_blank(" \t\r\n"));
  CHECK(is_blank("\u00a0"));            // no-break space
  CHECK(is_blank("\u2003"));            // em space
  CHECK(is_blank("\u3000"));            // ideographic space
  CHECK(is_blank("\u200b\u200d\ufeff"));  // zero-width space, joiner, byte order mark
  CHECK(is_blank(" \u202f\u2060 \u2028"));
  CHECK(is_blank("\u3164\u2800"));       // Hangul filler, Braille blank
  CHECK_FALSE(is_blank("a"));
  CHECK_FALSE(is_blank("\u00a0Chief Nurse"));
  CHECK_FALSE(is_blank("-"));
  CHECK_FALSE(is_blank("\xC2"));           // not UTF-8: not blank
  CHECK_FALSE(is_blank("\u00e9"));
}

TEST_CASE("trim_blank drops blank characters at either end only") {
  CHECK(trim_blank("  a b  ") == "a b");
  CHECK(trim_blank("\u00a0Chief\u00a0Nurse\u3000") == "Chief\u00a0Nurse");
  CHECK(trim_blank("\u200bcaf\u00e9\u200b") == "caf\u00e9");
  CHECK(trim_blank("\u2003") == "");
  CHECK(trim_blank("\u00e9") == "\u00e9");
  CHECK(trim_blank("x\xC2") == "x\xC2");
}

TEST_CASE("base64 as YAML !!binary writes it") {
  CHECK(base64_decode("am8uYmxvZ2dzQGV4YW1wbGUub3Jn") == "jo.bloggs@example.org");
  CHECK(base64_decode("am8u\n  YmxvZ2dz") == "jo.bloggs");
  CHECK(base64_decode("") == "");
}

TEST_CASE("visible text: replacement characters, and controls and hidden characters written out") {
  CHECK(visible("plain café ✓") == "plain café ✓");
  CHECK(visible("bad \xFF byte \xE2\x9C") == "bad \uFFFD byte \uFFFD\uFFFD");
  CHECK(visible("\x1B]0;owned\x07title") == "<U+001B>]0;owned<U+0007>title");
  CHECK(visible("a\rb\bc\x7F\u0085") == "a<U+000D>b<U+0008>c<U+007F><U+0085>");
  CHECK(visible("name\n::error::forged") == "name<U+000A>::error::forged");
  CHECK(visible("two\nlines\tand a tab", Newlines::keep) == "two\nlines\tand a tab");
  CHECK(visible("two\nlines\r", Newlines::space) == "two lines<U+000D>");
  CHECK(visible("abc\u202Edcb") == "abc<U+202E>dcb");
  CHECK(visible("zero\u200Bwidth\uFEFF") == "zero<U+200B>width<U+FEFF>");
  CHECK(is_hidden_character(U'\u2066'));
  CHECK(!is_hidden_character(U'é'));
}

}  // namespace coprod
