#include "core/suggest.h"

#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

namespace coprod {

TEST_CASE("words are listed as a sentence lists them") {
  using Words = std::vector<std::string>;
  CHECK(join_words(Words{}, "and") == "");
  CHECK(join_words(Words{"a"}, "and") == "a");
  CHECK(join_words(Words{"a", "b"}, "or") == "a or b");
  CHECK(join_words(Words{"a", "b", "c"}, "and") == "a, b and c");
  CHECK(join_words(std::vector<std::string_view>{"a", "b", "c"}, "or") == "a, b or c");
  constexpr std::string_view kKnown[] = {"blocking", "warning", "advice"};
  CHECK(one_of(kKnown) == "`blocking`, `warning` or `advice`");
}

TEST_CASE("a near miss is suggested, a word far from every known one is not") {
  constexpr std::string_view kKnown[] = {"lived-experience", "carers", "community"};
  CHECK(nearest("carer", kKnown) == "carers");
  CHECK(did_you_mean("comunity", kKnown) == "; did you mean `community`?");
  CHECK(!nearest("budget", kKnown));
  CHECK(did_you_mean("budget", kKnown) == "");
}

}  // namespace coprod
