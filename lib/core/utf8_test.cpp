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

}  // namespace coprod
