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

TEST_CASE("a whole number written another way, in figures") {
  CHECK(whole_number_for("1,200") == "1200");
  CHECK(whole_number_for("12,000,000") == "12000000");
  CHECK(whole_number_for("1 200") == "1200");
  CHECK(whole_number_for("twelve") == "12");
  CHECK(whole_number_for("Twenty") == "20");
  CHECK(whole_number_for("about 40") == "40");
  CHECK(whole_number_for("40 people") == "40");
  CHECK(whole_number_for("40+") == "40");
  CHECK_FALSE(whole_number_for("1,20"));
  CHECK_FALSE(whole_number_for("12,00,000"));
  CHECK_FALSE(whole_number_for("1.5"));
  CHECK_FALSE(whole_number_for("-3"));
  CHECK_FALSE(whole_number_for("12 to 15"));
  CHECK_FALSE(whole_number_for("many"));
  CHECK(whole_number_hint("1,200") == ": write it in figures, without commas or words: `1200`");
  CHECK(whole_number_hint("many").empty());
}

}  // namespace coprod

namespace coprod {

TEST_CASE("one slip of the keyboard is found among many words, and two are not") {
  const std::string_view known[] = {"peer-group", "carers-forum", "youth-panel"};
  const OneSlip slips(known);
  CHECK(slips.find("peer-grup") == "peer-group");    // a letter dropped
  CHECK(slips.find("peer-groupp") == "peer-group");  // a letter added
  CHECK(slips.find("peer-groop") == "peer-group");   // a letter changed
  CHECK(slips.find("peer-gorup") == "peer-group");   // neighbours swapped
  CHECK(slips.find("Youth-Panel") == "youth-panel");  // case aside
  CHECK_FALSE(slips.find("peer-grp").has_value());    // two letters dropped
  CHECK_FALSE(slips.find("executive-sponsor").has_value());
  CHECK_FALSE(slips.find(std::string(OneSlip::kLongest + 1, 'a')).has_value());
}

}  // namespace coprod
