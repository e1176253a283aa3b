#include "core/escape.h"

#include <doctest/doctest.h>

namespace coprod {

TEST_CASE("xml_text escapes the five special characters") {
  CHECK(xml_text(R"(a & b < c > d "e" 'f')") == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
  CHECK(xml_text("plain") == "plain");
  CHECK(xml_text("") == "");
}

TEST_CASE("xml_text drops what XML 1.0 forbids and keeps the rest of UTF-8") {
  CHECK(xml_text(std::string("a\0b", 3)) == "ab");
  CHECK(xml_text("a\x01\x08\x0B\x0C\x1F" "b") == "ab");
  CHECK(xml_text("tab\tline\nend") == "tab\tline\nend");
  CHECK(xml_text("cr\r") == "cr&#13;");
  CHECK(xml_text("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x99\x82") == "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x99\x82");
  CHECK(xml_text("\xEF\xBF\xBE\xEF\xBF\xBFok") == "ok");  // U+FFFE, U+FFFF
  CHECK(xml_text("bad\xFF\xC3(byte") == "bad(byte");       // not UTF-8
  CHECK(xml_text("cut\xE2\x80") == "cut");                  // truncated sequence
  CHECK(xml_text("\xED\xA0\x80x") == "x");                  // a surrogate
}

TEST_CASE("xml_attribute keeps white space through attribute normalisation") {
  CHECK(xml_attribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
  CHECK(xml_attribute("<\"'>") == "&lt;&quot;&apos;&gt;");
}

TEST_CASE("github escaping follows the workflow command rules") {
  CHECK(github_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b");
  CHECK(github_property("dir/a:b,c%.yaml") == "dir/a%3Ab%2Cc%25.yaml");
  CHECK(github_property("line\none") == "line%0Aone");
}

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
  CHECK(escape_html("bell\x07 and \xff") == "bell and ");  // as in XML: no control characters, only UTF-8
  CHECK(escape_html("café – “quoted”") == "café – “quoted”");  // UTF-8 passes through
}

TEST_CASE("css_string leaves nothing that ends the string or the stylesheet") {
  CHECK(css_string("Life Rooms 2026") == "\"Life Rooms 2026\"");
  CHECK(css_string("A&E \"x\" \\ </style>") == "\"A\\26 E \\22 x\\22  \\5c  \\3c \\2f style\\3e \"");
  CHECK(css_string("caf\xc3\xa9\nnext\x01") == "\"caf\\e9  next\"");
  CHECK(css_string("\xff") == "\"\"");
}

}  // namespace coprod
