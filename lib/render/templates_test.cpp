#include "render/templates.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <fstream>
#include <stdexcept>

#include <doctest/doctest.h>
#include <unistd.h>

#include "temp_dir.h"

namespace coprod {
namespace {

namespace fs = std::filesystem;
using kainjow::mustache::data;

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

using test::TempDir;

}  // namespace

TEST_CASE("templates escape values for their format") {
  data d;
  d["v"] = "a | <b> & c\nd";
  CHECK(render_template_text("[{{v}}]", "t", Markup::html, d) == "[a | &lt;b&gt; &amp; c\nd]");
  CHECK(render_template_text("[{{v}}]", "t", Markup::markdown, d) == "[a \\| &lt;b&gt; &amp; c<br>d]");
  CHECK(render_template_text("[{{{v}}}]", "t", Markup::markdown, d) == "[a | <b> & c\nd]");
}

TEST_CASE("a template error names the file and line") {
  data d;
  CHECK(error_of([&] { render_template_text("one\ntwo {{#open}}\nthree\n", "mine.md.mustache", Markup::markdown, d); }) ==
        "mine.md.mustache:2: template error: Unclosed section \"open\"");
  CHECK(error_of([&] { render_template_text("one\n\nthree {{oops\n", "mine.md.mustache", Markup::markdown, d); }) ==
        "mine.md.mustache:3: template error: Unclosed tag");
  CHECK(error_of([&] { render_template_text("a\n{{/closed}}", "x.html.mustache", Markup::html, d); }) ==
        "x.html.mustache:2: template error: Unopened section \"closed\"");
}

TEST_CASE("sections nest at most kMaxTemplateNesting deep") {
  data d;
  const auto nested = [](std::size_t depth, std::string_view open) {
    std::string text = "title\n";
    for (std::size_t i = 0; i < depth; ++i) text += std::string(open) + "s}}";
    for (std::size_t i = 0; i < depth; ++i) text += "{{/s}}";
    return text;
  };
  CHECK(render_template_text(nested(kMaxTemplateNesting, "{{#"), "t", Markup::markdown, d) == "title\n");
  CHECK(error_of([&] { render_template_text(nested(kMaxTemplateNesting + 1, "{{^"), "t", Markup::markdown, d); }) ==
        "t:2: template error: sections are nested more than 100 deep");
  // 4,000 levels once took 166 MB: now refused before the engine sees them.
  CHECK(!error_of([&] { render_template_text(nested(100000, "{{#"), "t", Markup::markdown, d); }).empty());
  // Other delimiters are followed.
  std::string other = "{{=<% %>=}}";
  for (int i = 0; i < 200; ++i) other += "<%#s%>";
  for (int i = 0; i < 200; ++i) other += "<%/s%>";
  CHECK(error_of([&] { render_template_text(other, "t", Markup::markdown, d); }) ==
        "t:1: template error: sections are nested more than 100 deep");
  CHECK(render_template_text("{{=<% %>=}}<%#a%>{{#b}}<%/a%>", "t", Markup::markdown, d).empty());
}

TEST_CASE("template lookup by name, by path, and with a suggestion") {
  TempDir dir("templates");
  dir.write("appendix.md.mustache", "A");
  dir.write("appendix.html.mustache", "<p>A</p>");
  dir.write("gripp2-sf.md.mustache", "G");
  const std::vector<fs::path> dirs{dir.path};

  CHECK(template_names(dirs, Markup::markdown) == std::vector<std::string>{"appendix", "gripp2-sf"});
  CHECK(template_names(dirs, Markup::html) == std::vector<std::string>{"appendix"});
  CHECK(find_template("gripp2-sf", Markup::markdown, dirs) == dir.path / "gripp2-sf.md.mustache");
  CHECK(find_template((dir.path / "appendix.html.mustache").string(), Markup::markdown, dirs) ==
        dir.path / "appendix.html.mustache");

  CHECK(error_of([&] { find_template("gripp2", Markup::markdown, dirs); }) ==
        "there is no Markdown template called `gripp2`; did you mean `gripp2-sf`? The templates "
        "available are `appendix` or `gripp2-sf`; or give the path of your own template file");
  CHECK(error_of([&] { find_template("./missing.md.mustache", Markup::markdown, dirs); }) ==
        "there is no template file `./missing.md.mustache`");
  CHECK(error_of([&] { find_template("anything", Markup::html, {}); }).find("COPROD_TEMPLATE_DIR") !=
        std::string::npos);
}

}  // namespace coprod
