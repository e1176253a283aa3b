#include "render/templates.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <fstream>
#include <stdexcept>

#include <doctest/doctest.h>
#include <sys/stat.h>
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
  CHECK(render_template_text("[{{v}}]", "t", Markup::markdown, d) == "[a \\| \\<b> & c<br>d]");
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

TEST_CASE("a template's work is bounded, however its sections repeat") {
  // Twelve sections deep over the nine items of a checklist: 9^12 repeats,
  // refused after a bounded amount of work, at the section that repeats.
  data items{data::type::list};
  for (int i = 0; i < 9; ++i) {
    data item;
    item["title"] = "Who?";
    items.push_back(item);
  }
  data d;
  d["checklist"] = std::move(items);
  std::string nested = "A checklist\n";
  for (int i = 0; i < 12; ++i) nested += "{{#checklist}}";
  nested += "{{title}}";
  for (int i = 0; i < 12; ++i) nested += "{{/checklist}}";
  constexpr std::size_t kWork = std::size_t{4} << 20;  // the bound's working, at a smaller bound
  CHECK(error_of([&] { render_template_text(nested, "deep.md.mustache", Markup::markdown, d, kWork); }) ==
        "deep.md.mustache:2: template error: it would write more than 4 MB at `checklist`: sections "
        "nested over lists repeat as often as the product of the lists' lengths");
  // A long value repeated: refused when looked up, before it is written.
  d["big"] = std::string(1 << 20, 'x');
  CHECK(error_of([&] {
          render_template_text("{{#checklist}}{{#checklist}}{{big}}{{/checklist}}{{/checklist}}", "t",
                               Markup::html, d, kWork);
        }) == "t: template error: it would write more than 4 MB at `big`: sections nested over lists "
              "repeat as often as the product of the lists' lengths");
  // A long text in the template repeated: its section is counted whole,
  // before it repeats.
  const std::string text(1 << 20, 'y');
  CHECK(error_of([&] {
          render_template_text("{{#checklist}}\n" + text + "{{#checklist}}{{/checklist}}{{/checklist}}", "t",
                               Markup::html, d, kWork);
        }) == "t:1: template error: it would write more than 4 MB at `checklist`: sections nested over "
              "lists repeat as often as the product of the lists' lengths");
  // Three deep is 729 titles, well within.
  CHECK(render_template_text("{{#checklist}}{{#checklist}}{{#checklist}}{{title}}{{/checklist}}"
                             "{{/checklist}}{{/checklist}}", "t", Markup::markdown, d).size() == 729 * 4);
}

TEST_CASE("a partial renders nothing: a value is never read as a template") {
  data d;
  d["title"] = "{{>title}} and {{title}}";
  CHECK(render_template_text("[{{>title}}]", "t", Markup::markdown, d) == "[]");
}

TEST_CASE("a template that is a named pipe is refused, not waited for") {
  TempDir dir("fifo");
  const fs::path fifo = dir.path / "appendix.md.mustache";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const std::string expected =
      "cannot read the template `" + fifo.string() + "`: it is not a regular file (a named pipe or a device)";
  CHECK(error_of([&] { find_template(fifo.string(), Markup::markdown, {}); }) == expected);
  CHECK(error_of([&] { find_template("appendix", Markup::markdown, {dir.path}); }) == expected);
  CHECK(error_of([&] { find_template("/dev/zero", Markup::markdown, {}); }) ==
        "cannot read the template `/dev/zero`: it is not a regular file (a named pipe or a device)");
}

TEST_CASE("template lookup by name, by path, and with a suggestion") {
  TempDir dir("templates");
  dir.write("appendix.md.mustache", "A");
  dir.write("appendix.html.mustache", "<p>A</p>");
  dir.write("ours.md.mustache", "O");
  const std::vector<fs::path> dirs{dir.path};

  CHECK(template_names(dirs, Markup::markdown) == std::vector<std::string>{"appendix", "ours"});
  CHECK(template_names(dirs, Markup::markdown, "", true) ==
        std::vector<std::string>{"appendix", "gripp2-sf", "ours", "you-said-we-did"});
  CHECK(template_names({}, Markup::docx, "", true) ==
        std::vector<std::string>{"appendix", "easy-read", "you-said-we-did"});
  CHECK(template_names({}, Markup::html, "report", true) == std::vector<std::string>{"portfolio"});
  CHECK(find_template("ours", Markup::markdown, dirs).file == (dir.path / "ours.md.mustache").string());
  CHECK(find_template("ours", Markup::markdown, dirs).text == "O");
  const Template by_path = find_template((dir.path / "appendix.html.mustache").string(), Markup::markdown, dirs);
  CHECK(by_path.text == "<p>A</p>");

  CHECK(error_of([&] { find_template("gripp2", Markup::markdown, dirs); }) ==
        "there is no Markdown template called `gripp2`; did you mean `gripp2-sf`? The templates "
        "available are `appendix`, `gripp2-sf`, `ours` or `you-said-we-did`; or give the path of your own template file");
  CHECK(error_of([&] { find_template("./missing.md.mustache", Markup::markdown, dirs); }) ==
        "there is no template file `./missing.md.mustache`");
}

TEST_CASE("the templates compiled in serve when no folder has them, and a file overrides them") {
  const Template builtin = find_template("gripp2-sf", Markup::html, {});
  CHECK(builtin.file == "<built-in>/gripp2-sf.html.mustache");
  CHECK(builtin.text.find("GRIPP2") != std::string::npos);
  CHECK(find_template("portfolio", Markup::markdown, {}, "report").file ==
        "<built-in>/report/portfolio.md.mustache");

  TempDir dir("override");
  fs::create_directory(dir.path / "report");
  dir.write("report/portfolio.md.mustache", "mine");
  const Template mine = find_template("portfolio", Markup::markdown, {dir.path}, "report");
  CHECK(mine.text == "mine");
  CHECK(mine.file == (dir.path / "report" / "portfolio.md.mustache").string());
  // The folder holds no appendix, so the built-in one serves.
  CHECK(find_template("appendix", Markup::markdown, {dir.path}).file == "<built-in>/appendix.md.mustache");
}

TEST_CASE("an override that cannot be read is an error naming it, never the built-in one") {
  TempDir dir("unreadable");
  dir.write("appendix.md.mustache", "secret");
  const fs::path file = dir.path / "appendix.md.mustache";
  fs::create_directory(dir.path / "gripp2-sf.md.mustache");
  CHECK(error_of([&] { find_template("gripp2-sf", Markup::markdown, {dir.path}); }) ==
        "cannot read the template `" + (dir.path / "gripp2-sf.md.mustache").string() + "`: it is a folder");
  fs::create_symlink(dir.path / "nowhere.md.mustache", dir.path / "dangling.md.mustache");
  CHECK(error_of([&] { find_template("dangling", Markup::markdown, {dir.path}); }) ==
        "cannot read the template `" + (dir.path / "dangling.md.mustache").string() +
            "`: No such file or directory");
  if (::geteuid() != 0) {  // root reads any file
    fs::permissions(file, fs::perms::none);
    CHECK(error_of([&] { find_template("appendix", Markup::markdown, {dir.path}); }) ==
          "cannot read the template `" + file.string() + "`: Permission denied");
    fs::permissions(file, fs::perms::owner_all);
  }
}

}  // namespace coprod
