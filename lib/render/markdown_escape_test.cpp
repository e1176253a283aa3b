#include "render/markdown_escape.h"

#include <doctest/doctest.h>

namespace coprod {
namespace {

TEST_CASE("plain words pass through unchanged") {
  CHECK(escape_markdown("Residents of Northwood, aged 40-60 (mostly men).") ==
        "Residents of Northwood, aged 40-60 (mostly men).");
  CHECK(escape_markdown("") == "");
}

TEST_CASE("a pipe and a line break stay inside their table cell") {
  CHECK(escape_markdown("before | after") == "before \\| after");
  CHECK(escape_markdown("first line\nsecond line\r\nthird\rfourth") ==
        "first line<br>second line<br>third<br>fourth");
}

TEST_CASE("trailing line breaks from YAML block scalars are dropped") {
  CHECK(escape_markdown("A literal block.\n\n") == "A literal block.");
  CHECK(escape_markdown("ends in spaces  \t") == "ends in spaces");
}

TEST_CASE("emphasis, code, links, HTML and entities are not created") {
  CHECK(escape_markdown("*bold* and _italic_") == "\\*bold\\* and \\_italic\\_");
  CHECK(escape_markdown("`code`") == "\\`code\\`");
  CHECK(escape_markdown("[click](https://example.org)") == "\\[click\\](https://example.org)");
  CHECK(escape_markdown("![image](x.png)") == "!\\[image\\](x.png)");
  CHECK(escape_markdown("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(escape_markdown("<https://example.org>") == "&lt;https://example.org&gt;");
  CHECK(escape_markdown("&amp; ~~gone~~") == "&amp;amp; \\~\\~gone\\~\\~");
  CHECK(escape_markdown("a \\ backslash") == "a \\\\ backslash");
}

TEST_CASE("line-start syntax is escaped at the start of every line only") {
  CHECK(escape_markdown("# Heading") == "\\# Heading");
  CHECK(escape_markdown("- item\n+ item\n> quote\n=== ") == "\\- item<br>\\+ item<br>&gt; quote<br>\\===");
  CHECK(escape_markdown("12. numbered\n3) also") == "12\\. numbered<br>3\\) also");
  CHECK(escape_markdown("  - indented") == "  \\- indented");
  CHECK(escape_markdown("a - b + c # d 1. e") == "a - b + c # d 1. e");
  CHECK(escape_markdown("2026 plan") == "2026 plan");
}

}  // namespace
}  // namespace coprod

namespace coprod {
namespace {

TEST_CASE("a code span shows its text exactly, whatever backticks it holds") {
  CHECK(markdown_code("who.groups[0].paid") == "`who.groups[0].paid`");
  CHECK(markdown_code("a`b") == "``a`b``");
  CHECK(markdown_code("``x") == "``` ``x ```");
  CHECK(markdown_code("two\nlines") == "`two lines`");
  CHECK(markdown_code("*not bold* <b>") == "`*not bold* <b>`");
}

TEST_CASE("a message keeps its quoted names as code and escapes the rest") {
  CHECK(markdown_message("unknown key `titel` in `proposal`; did you mean `title`?") ==
        "unknown key `titel` in `proposal`; did you mean `title`?");
  CHECK(markdown_message("group `a*b` is *not* defined") == "group `a*b` is \\*not\\* defined");
  CHECK(markdown_message("`x` comes first") == "`x` comes first");
  CHECK(markdown_message("- starts a line `k`") == "\\- starts a line `k`");
  CHECK(markdown_message("an unpaired ` backtick [x]") == "an unpaired \\` backtick \\[x\\]");
  CHECK(markdown_message("value `<script>` and `|` stay code") ==
        "value `<script>` and `|` stay code");
  CHECK(markdown_message("ends with a newline\n") == "ends with a newline");
  CHECK(markdown_message("unknown key `a`b | c` in `proposal`") ==
        "unknown key ``a`b | c`` in `proposal`");
  CHECK(markdown_message("it`s `x`") == "it\\`s `x`");
}

}  // namespace
}  // namespace coprod
