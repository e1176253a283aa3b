#include "render/escape.h"

#include <doctest/doctest.h>

namespace coprod {

TEST_CASE("escape_html leaves no markup from hostile text") {
  CHECK(escape_html("plain words") == "plain words");
  CHECK(escape_html("<script>alert('x')</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  CHECK(escape_html("Smith & Jones") == "Smith &amp; Jones");
  CHECK(escape_html("&amp; already") == "&amp;amp; already");
  CHECK(escape_html("\" onmouseover=\"x") == "&quot; onmouseover=&quot;x");
  CHECK(escape_html("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;");
  CHECK(escape_html("a | b\nc") == "a | b\nc");  // pipes and lines mean nothing in HTML
  CHECK(escape_html("") == "");
  CHECK(escape_html("café – “quoted”") == "café – “quoted”");  // UTF-8 passes through
}

TEST_CASE("escape_markdown keeps a value inside its table cell") {
  CHECK(escape_markdown("plain words") == "plain words");
  CHECK(escape_markdown("a | b") == "a \\| b");
  CHECK(escape_markdown("line one\nline two") == "line one<br>line two");
  CHECK(escape_markdown("line one\r\nline two\rthree") == "line one<br>line two<br>three");
  CHECK(escape_markdown("Line one | pipe\nLine two & more\n") == "Line one \\| pipe<br>Line two &amp; more");
  CHECK(escape_markdown("\n\n  padded  \n") == "padded");
  CHECK(escape_markdown("   \n ") == "");
}

TEST_CASE("escape_markdown shows markup as text") {
  CHECK(escape_markdown("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(escape_markdown("Smith & Jones") == "Smith &amp; Jones");
  CHECK(escape_markdown("*bold* and _em_") == "\\*bold\\* and \\_em\\_");
  CHECK(escape_markdown("`code`") == "\\`code\\`");
  CHECK(escape_markdown("[link](https://example.com)") == "\\[link\\](https://example.com)");
  CHECK(escape_markdown("![img](x.png)") == "!\\[img\\](x.png)");
  CHECK(escape_markdown("back\\slash") == "back\\\\slash");
  CHECK(escape_markdown("~~struck~~") == "\\~\\~struck\\~\\~");
  CHECK(escape_markdown("> quoted") == "&gt; quoted");
}

TEST_CASE("escape_markdown defuses block markers at the start of a line") {
  CHECK(escape_markdown("# not a heading") == "\\# not a heading");
  CHECK(escape_markdown("- not a list") == "\\- not a list");
  CHECK(escape_markdown("+ plus") == "\\+ plus");
  CHECK(escape_markdown("1. Is this a list?") == "1\\. Is this a list?");
  CHECK(escape_markdown("12) twelve") == "12\\) twelve");
  CHECK(escape_markdown("first\n# second") == "first<br>\\# second");
  CHECK(escape_markdown("first\n    - indented") == "first<br>\\- indented");
  // Only at the start of a line: a date or a hyphen inside text stays as it is.
  CHECK(escape_markdown("2026-03-12 in a re-design") == "2026-03-12 in a re-design");
  CHECK(escape_markdown("2026") == "2026");
  CHECK(escape_markdown("Board # 1") == "Board # 1");
}

}  // namespace coprod
