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
  CHECK(escape_markdown("[click](https://example.org)") == "\\[click](https\\://example.org)");
  CHECK(escape_markdown("![image](x.png)") == "!\\[image](x.png)");
  CHECK(escape_markdown("[ref][1] and [def]: x") == "\\[ref][1] and \\[def]: x");
  CHECK(escape_markdown("an open [bracket") == "an open \\[bracket");
  CHECK(escape_markdown("<script>alert(1)</script>") == "\\<script>alert(1)\\</script>");
  CHECK(escape_markdown("<https://example.org> <!-- x --> <?php") ==
        "\\<https\\://example.org> \\<!-- x --> \\<?php");
  CHECK(escape_markdown("&amp; &#60; &#x3C; ~~gone~~") == "\\&amp; \\&#60; \\&#x3C; \\~\\~gone\\~\\~");
  CHECK(escape_markdown("a \\ backslash") == "a \\\\ backslash");
}

TEST_CASE("bare addresses do not become links in GitHub-flavoured Markdown") {
  CHECK(escape_markdown("see https://evil.example/login now") == "see https\\://evil.example/login now");
  CHECK(escape_markdown("HTTP://X.example ftp://y.example") == "HTTP\\://X.example ftp\\://y.example");
  CHECK(escape_markdown("www.evil.example and (WWW.evil.example)") == "www\\.evil.example and (WWW\\.evil.example)");
  CHECK(escape_markdown("write to engage@trust.nhs.uk or a.b+c@x.org") ==
        "write to engage\\@trust.nhs.uk or a.b+c\\@x.org");
  // Not addresses: left as they are.
  CHECK(escape_markdown("at 10:30 a.m., the awww. moment, meet @ 5, @team, note: //") ==
        "at 10:30 a.m., the awww. moment, meet @ 5, @team, note: //");
}

TEST_CASE("what Markdown would not read as syntax is left as it is, for pasting into Word") {
  CHECK(escape_markdown("A&E and R&D, Smith & Jones") == "A&E and R&D, Smith & Jones");
  CHECK(escape_markdown("R&D;") == "R\\&D;");  // could be read as an entity
  CHECK(escape_markdown("who.seldom_heard and snake_case_words") == "who.seldom_heard and snake_case_words");
  CHECK(escape_markdown("[redacted: an e-mail address] was removed") == "[redacted: an e-mail address] was removed");
  CHECK(escape_markdown("under 5s < 10% > last year; 2 * 3 and a _ b") ==
        "under 5s < 10% > last year; 2 * 3 and a _ b");
  CHECK(escape_markdown("about ~ 40 people") == "about ~ 40 people");
  CHECK(escape_markdown("2*3") == "2\\*3");
}

TEST_CASE("line-start syntax is escaped at the start of every line only") {
  CHECK(escape_markdown("# Heading") == "\\# Heading");
  CHECK(escape_markdown("## Heading") == "\\## Heading");
  CHECK(escape_markdown("#1 priority") == "#1 priority");
  CHECK(escape_markdown("- item\n+ item\n> quote\n=== ") == "\\- item<br>\\+ item<br>\\> quote<br>\\===");
  CHECK(escape_markdown("---") == "\\---");
  CHECK(escape_markdown("* item") == "\\* item");
  CHECK(escape_markdown("12. numbered\n3) also") == "12\\. numbered<br>3\\) also");
  CHECK(escape_markdown("1.5 million people") == "1.5 million people");
  CHECK(escape_markdown("  - indented") == "  \\- indented");
  CHECK(escape_markdown("a - b + c # d 1. e > f") == "a - b + c # d 1. e > f");
  CHECK(escape_markdown("2026 plan") == "2026 plan");
  CHECK(escape_markdown("-5 degrees") == "-5 degrees");
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
  CHECK(markdown_message("an unpaired ` backtick [x") == "an unpaired \\` backtick \\[x");
  CHECK(markdown_message("value `<script>` and `|` stay code") ==
        "value `<script>` and `|` stay code");
  CHECK(markdown_message("ends with a newline\n") == "ends with a newline");
  CHECK(markdown_message("unknown key `a`b | c` in `proposal`") ==
        "unknown key ``a`b | c`` in `proposal`");
  CHECK(markdown_message("it`s `x`") == "it\\`s `x`");
}

}  // namespace
}  // namespace coprod
