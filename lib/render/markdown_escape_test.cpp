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
  CHECK(escape_markdown("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
  CHECK(escape_markdown("<https://example.org>") == "\\<https://example.org\\>");
  CHECK(escape_markdown("&amp; ~~gone~~") == "\\&amp; \\~\\~gone\\~\\~");
  CHECK(escape_markdown("a \\ backslash") == "a \\\\ backslash");
}

TEST_CASE("line-start syntax is escaped at the start of every line only") {
  CHECK(escape_markdown("# Heading") == "\\# Heading");
  CHECK(escape_markdown("- item\n+ item\n> quote\n=== ") == "\\- item<br>\\+ item<br>\\> quote<br>\\===");
  CHECK(escape_markdown("12. numbered\n3) also") == "12\\. numbered<br>3\\) also");
  CHECK(escape_markdown("  - indented") == "  \\- indented");
  CHECK(escape_markdown("a - b + c # d 1. e") == "a - b + c # d 1. e");
  CHECK(escape_markdown("2026 plan") == "2026 plan");
}

}  // namespace
}  // namespace coprod
