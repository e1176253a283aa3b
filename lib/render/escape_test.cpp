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

}  // namespace coprod
