#include "load/yaml_syntax.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "load/yaml_tree.h"

namespace coprod::yaml {
namespace {

std::string messages(const std::vector<Error>& errors) {
  std::string out;
  for (const Error& e : errors) out += fmt::format("{}:{}: {}\n", e.at.line, e.at.column, e.message);
  return out;
}

}  // namespace

TEST_CASE("a correction replaces whole lines, keeping the file's line endings") {
  CHECK(corrected("a\nb\nc\n", {2, 2, {"B"}}) == "a\nB\nc\n");
  CHECK(corrected("a\nb\nc", {3, 3, {"C"}}) == "a\nb\nC");
  CHECK(corrected("a\nb\nc\n", {1, 2, {"ab"}}) == "ab\nc\n");
  CHECK(corrected("a\nb\n", {1, 1, {"x:", "  - y"}}) == "x:\n  - y\nb\n");
  CHECK(corrected("a\r\nb\r\n", {1, 1, {"A"}}) == "A\r\nb\r\n");
  CHECK(corrected("a\nb\n", {2, 2, {""}}) == "a\n\n");
}

TEST_CASE("several syntax errors are found in one run, each with its line as it should be") {
  const std::string text =
      "coprod: 1\n"
      "proposal:\n"
      "  title Easy read letters\n"
      "  organisation: An NHS trust\n"
      "  decision: Approve the letters for every outpatient\n"
      "clinic.\n"
      "  lead: Director: Nursing\n";
  const std::vector<Error> errors = explain_syntax_errors(text, first_syntax_error);
  CHECK(messages(errors) ==
        "3:3: this line has no colon after `title`: a key and its value are separated by a colon and "
        "a space (`: `); write it as `title: Easy read letters`\n"
        "6:1: this line carries on the text of `decision:` on line 5, but a line that starts this far "
        "left is read as a new key, not as more of the text (as when a paragraph is pasted over two "
        "lines); write the text on one line: `decision: Approve the letters for every outpatient "
        "clinic.`\n"
        "7:17: a colon followed by a space (`: `) inside a value starts a new key, so YAML cannot read "
        "this line; put the value in quotes: `lead: \"Director: Nursing\"`\n");
  // In the lines of the text as given, the two lines of the paragraph made one.
  REQUIRE(errors.size() == 3);
  CHECK(errors[1].corrections.front().first == 5);
  CHECK(errors[1].corrections.front().last == 6);
  CHECK(errors[2].corrections.front().first == 7);
}

TEST_CASE("an error with no correction is set aside when its line stands alone, and those after it may follow from it") {
  // A parser that stops at every line holding "BAD", in order.
  const Reread bad_lines = [](std::string_view text) -> std::optional<ParserError> {
    std::uint32_t line = 1;
    for (std::size_t start = 0; start < text.size(); ++line) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      if (text.substr(start, end - start).find("BAD") != std::string_view::npos)
        return ParserError{ParserError::Kind::parser, {line, 3}, "something"};
      start = end + 1;
    }
    return std::nullopt;
  };
  const std::vector<Error> errors =
      explain_syntax_errors("a: 1\nb: BAD\nc: 2\nd: BAD\n", bad_lines, {}, 10);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].at.line == 2);
  CHECK(errors[0].corrections.empty());
  CHECK(errors[0].message.find("may follow") == std::string::npos);
  CHECK(errors[1].at.line == 4);
  CHECK(errors[1].message.ends_with(" (this may follow from the mistake on line 2)"));
  // A line that holds others (a key whose value is below it) is not set
  // aside: reading stops there.
  CHECK(explain_syntax_errors("a: BAD\n  b: 1\nc: BAD\n", bad_lines, {}, 10).size() == 1);
  // At most `max`.
  CHECK(explain_syntax_errors("a: BAD\nb: BAD\nc: BAD\nd: BAD\n", bad_lines, {}, 2).size() == 2);
}

TEST_CASE("an error inside the part of the file a correction reshaped may follow from it") {
  const std::string text =
      "proposal:\n"
      "  title: Easy read\n"
      "   organisation: An NHS trust\n"
      "  lead: Director: Nursing\n"
      "who:\n"
      "  seldom_heard: [a\n";
  const std::vector<Error> errors = explain_syntax_errors(text, first_syntax_error);
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].message.find("indent it by 2 spaces") != std::string::npos);
  CHECK(errors[1].message.ends_with("(this may follow from the mistake on line 3)"));
  // Outside that part (`who:` is less indented), it does not.
  CHECK(errors[2].at.line == 6);
  CHECK(errors[2].message.find("may follow") == std::string::npos);
}

TEST_CASE("a line indented with a no-break space is found in the order of the file") {
  const std::string text = "a: 1\nb: \"x\" y\nc:\n \xC2\xA0 d: 2\n";
  const auto first = first_syntax_error(text);
  REQUIRE(first);
  CHECK(first->at.line == 2);
  const std::vector<Error> errors = explain_syntax_errors(text, first_syntax_error);
  REQUIRE(errors.size() == 2);
  CHECK(errors[1].at.line == 4);
  CHECK(errors[1].message.find("non-breaking space") != std::string::npos);
}

TEST_CASE("a suggestion is only made when the text so corrected reads past the error") {
  // Three spaces where six were meant, after a nested list: the nearest
  // indentations (4, with the `-`; 8, with the nested list) do not read.
  const std::string text =
      "how:\n"
      "  activities:\n"
      "    - id: a\n"
      "      groups:\n"
      "        - panel\n"
      "   venue: Community hall\n";
  const std::vector<Error> errors = explain_syntax_errors(text, first_syntax_error);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message.find("indent it by 6 spaces, like `groups:` on line 4") != std::string::npos);
  CHECK(first_syntax_error(corrected(text, errors[0].corrections.front())) == std::nullopt);
}

}  // namespace coprod::yaml
