// Hostile and broken input (docs/reliability.md): every case ends in a
// located error, or loads, in bounded time and memory; nothing crashes.

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "check/check.h"
#include "golden.h"
#include "temp_dir.h"
#include "load/inputs.h"
#include "load/loader.h"
#include "render/render.h"
#include "render/text.h"
#include "minimal_proposal.h"

namespace coprod {
namespace {
namespace fs = std::filesystem;

const std::string kValid = test::slurp(test::test_data() / "rules/who-lived-experience/silent.yaml");

// The one error a document gets, as `coprod check` prints it.
std::string error_of(std::string_view text, const LoadOptions& options = {}) {
  const Loaded loaded = load_text(text, "input.yaml", ".", options);
  if (loaded.errors.size() != 1) return fmt::format("{} errors", loaded.errors.size());
  return text_line("input.yaml", loaded.errors[0]);
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

using test::TempDir;

}  // namespace

TEST_CASE("a billion laughs is refused at the alias that passes the budget, not expanded") {
  std::string text = "coprod: 1\nx-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'j'; ++c, ++prev)
    text += fmt::format("x-{}: &{} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n",
                        c, c, fmt::arg("p", prev));
  const std::string error = error_of(text);
  CHECK(contains(error, "input.yaml:7:"));  // x-f: 10^6 values, past the budget of 10^6
  CHECK(contains(error, "the aliases (*name) in this file repeat its values more than 1000000 times"));
}

TEST_CASE("aliases within the budget load, and the personal-data walk visits each node once") {
  // 10^5 values when expanded, from a few hundred bytes.
  std::string text = kValid + "x-a: &a [jo@example.com, b, c, d, e, f, g, h, i, j]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'e'; ++c, ++prev)
    text += fmt::format("x-{}: &{} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n",
                        c, c, fmt::arg("p", prev));
  Loaded loaded = load_text(text, "input.yaml", ".");
  REQUIRE(loaded.ok());
  CheckOptions options = test::fixed_day_options();
  const Result result = check(std::move(loaded), options);
  int personal = 0;
  for (const Finding& f : result.findings) {
    if (f.rule->id != "integrity-personal-data") continue;
    ++personal;
    CHECK(f.path == "x-a[0]");
    CHECK(!contains(f.message, "jo@example.com"));  // outputs are published too
  }
  CHECK(personal == 1);
}

TEST_CASE("ten thousand levels of nesting are refused with a located error") {
  const std::string flow_lists = "coprod: 1\nx-deep: " + std::string(10'000, '[') + std::string(10'000, ']') + "\n";
  CHECK(error_of(flow_lists) ==
        "input.yaml:2:208: error: lists and mappings are nested more than 200 deep here");

  std::string flow_maps = "coprod: 1\nx-deep: ";
  for (int i = 0; i < 10'000; ++i) flow_maps += "{a: ";
  flow_maps += "1" + std::string(10'000, '}') + "\n";
  CHECK(contains(error_of(flow_maps), "nested more than 200 deep"));

  std::string block_lists = "coprod: 1\nx-deep:\n";
  for (int i = 0; i < 10'000; ++i) block_lists += "- ";
  block_lists += "x\n";
  CHECK(contains(error_of(block_lists), "input.yaml:3:"));

  // coprod's limit is what speaks, at the level that passes it.
  LoadOptions shallow;
  shallow.limits.max_depth = 5;
  CHECK(error_of("coprod: 1\nx-deep: [[[[[[1]]]]]]\n", shallow) ==
        "input.yaml:2:13: error: lists and mappings are nested more than 5 deep here");
}

TEST_CASE("a value over a megabyte, or a line over the line limit, is a located error") {
  const std::string long_value = "coprod: 1\nx-long: |\n" + [] {
    std::string lines;
    for (int i = 0; i < 20'000; ++i) lines += "  " + std::string(60, 'a') + "\n";
    return lines;
  }();
  CHECK(contains(error_of(long_value), "input.yaml:2:9: error: this value is 1220000 bytes long, "
                                       "more than the limit of 1048576 bytes"));

  const std::string long_line = "coprod: 1\nproposal:\n  title: " + std::string(100'001, 'a') + "\n";
  CHECK(error_of(long_line) ==
        "input.yaml:3:1: error: this line is longer than 100000 characters; a proposal keeps to "
        "lines a person can read, with long text as a block (`|`) over several lines");
}

TEST_CASE("a file over the size limit is refused before it is read or parsed") {
  LoadOptions small;
  small.max_bytes = 100;
  CHECK(error_of(kValid, small) ==
        fmt::format("input.yaml: error: the file is {} bytes, larger than the limit of 100 bytes "
                    "for a proposal (--max-file-size)",
                    kValid.size()));

  TempDir dir("size");
  std::ofstream(dir.path / "p.yaml") << kValid;
  const Loaded loaded = load_file((dir.path / "p.yaml").string(), small);
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].message ==
        fmt::format("the file is {} bytes, larger than the limit of 100 bytes for a proposal "
                    "(--max-file-size)",
                    kValid.size()));
  CHECK(load_file((dir.path / "p.yaml").string()).ok());
}

TEST_CASE("more values than the node limit is a located error") {
  LoadOptions few;
  few.limits.max_nodes = 10;
  CHECK(error_of("coprod: 1\nx-a: [1, 2, 3, 4, 5, 6, 7, 8, 9]\n", few) ==
        "input.yaml:2:22: error: this file has more than 10 values, more than a proposal could "
        "need");
}

TEST_CASE("a mapping with a hundred thousand keys is checked in linear time") {
  std::string text = kValid;
  for (int i = 0; i < 100'000; ++i) text += fmt::format("x-key-{}: {}\n", i, i);
  text += "x-key-7: again\n";
  const Loaded loaded = load_text(text, "input.yaml", ".");
  REQUIRE(loaded.errors.size() == 1);
  CHECK(contains(loaded.errors[0].message, "`x-key-7` is given twice (first at line"));
}

TEST_CASE("text that is not UTF-8 is an error naming the byte offset") {
  struct Case {
    std::string bytes;
    std::string_view expect;
  };
  const Case cases[] = {
      {"coprod: 1\nx-a: \xC0\xAF\n", "input.yaml:2:6: error: the file is not UTF-8 text: the byte 0xC0 at offset 15"},
      {"coprod: 1\nx-a: \xE0\x80\xAF\n", "input.yaml:2:6: error: the file is not UTF-8 text: the byte 0xE0 at offset 15"},
      {"coprod: 1\nx-a: \xF0\x80\x80\xAF\n", "the byte 0xF0 at offset 15"},
      {"coprod: 1\nx-a: \xED\xA0\x80\n", "the byte 0xED at offset 15"},   // surrogate U+D800
      {"coprod: 1\nx-a: \xED\xBF\xBF\n", "the byte 0xED at offset 15"},   // surrogate U+DFFF
      {"coprod: 1\nx-a: \xE2\x82 x\n", "the byte 0xE2 at offset 15"},     // truncated
      {"coprod: 1\nx-a: ok \xE2\x82", "the byte 0xE2 at offset 18"},      // truncated at the end
      {"coprod: 1\nx-a: \x80\n", "the byte 0x80 at offset 15"},           // lone continuation
      {"coprod: 1\nx-a: \xF4\x90\x80\x80\n", "the byte 0xF4 at offset 15"},  // past U+10FFFF
      {"coprod: 1\nx-a: \xFF\n", "the byte 0xFF at offset 15"},
      {"coprod: 1\nx-a: caf\xE9\n", "the byte 0xE9 at offset 18"},        // Latin-1
  };
  for (const Case& c : cases) {
    INFO("bytes: ", c.bytes);
    CHECK(contains(error_of(c.bytes), c.expect));
  }

  // UTF-16 (as Windows Notepad saves "Unicode"), both byte orders.
  std::string utf16le = "\xFF\xFE";
  for (char ch : std::string("coprod: 1\n")) utf16le += std::string{ch, '\0'};
  CHECK(error_of(utf16le) ==
        "input.yaml:1:1: error: the file is UTF-16 text, not UTF-8: save it as UTF-8");
  std::string utf16be = "\xFE\xFF";
  for (char ch : std::string("coprod: 1\n")) utf16be += std::string{'\0', ch};
  CHECK(error_of(utf16be) ==
        "input.yaml:1:1: error: the file is UTF-16 text, not UTF-8: save it as UTF-8");

  // A UTF-8 byte order mark is accepted, and positions still count from the line start.
  const Loaded with_bom = load_text("\xEF\xBB\xBF" + kValid, "input.yaml", ".");
  CHECK(with_bom.ok());
  CHECK(load_text("coprod: 1\nx-a: caf\xC3\xA9 \xE2\x9C\x93 \xF0\x9F\x98\x80\n", "input.yaml", ".")
            .errors.size() != 0);  // valid UTF-8, but not a whole proposal
  CHECK(!contains(error_of("coprod: 1\nx-a: caf\xC3\xA9 \xE2\x9C\x93 \xF0\x9F\x98\x80\n"), "UTF-8"));
}

TEST_CASE("folders are walked without following symbolic link loops") {
  TempDir dir("walk");
  fs::create_directories(dir.path / "papers" / "2026");
  std::ofstream(dir.path / "papers" / "2026" / "a.yaml") << kValid;
  fs::create_directory_symlink("..", dir.path / "papers" / "2026" / "up");     // a loop
  fs::create_directory_symlink(dir.path / "papers", dir.path / "papers" / "again");
  fs::create_symlink("gone.yaml", dir.path / "papers" / "dangling.yaml");
  fs::create_symlink("self.yaml", dir.path / "papers" / "self.yaml");          // a link loop
  REQUIRE(::mkfifo((dir.path / "papers" / "pipe.yaml").c_str(), 0600) == 0);

  const std::vector<Input> inputs = expand_inputs({(dir.path / "papers").string()}, "<stdin>");
  std::string seen;
  for (const Input& input : inputs)
    seen += input.path.substr(dir.path.string().size() + 1) + ": " +
            input.problem.value_or("read") + "\n";
  CHECK(seen ==
        "papers/2026/a.yaml: read\n"
        "papers/dangling.yaml: skipped: a symbolic link to a file that does not exist\n"
        "papers/pipe.yaml: skipped: not a regular file (a pipe, socket or device)\n"
        "papers/self.yaml: skipped: its symbolic links form a loop\n");
}

TEST_CASE("a file that vanishes or cannot be read after listing is reported, not fatal") {
  TempDir dir("vanish");
  std::ofstream(dir.path / "a.yaml") << kValid;
  std::ofstream(dir.path / "b.yaml") << kValid;
  const std::vector<Input> inputs = expand_inputs({dir.path.string()}, "<stdin>");
  REQUIRE(inputs.size() == 2);
  fs::remove(dir.path / "a.yaml");  // between listing and reading
  const Loaded gone = load_file(inputs[0].path);
  REQUIRE(gone.errors.size() == 1);
  CHECK(gone.errors[0].message == "no such file");
  CHECK(!gone.errors[0].at.known());
  CHECK(load_file(inputs[1].path).ok());

  // A folder named like a proposal, given by name: a clear error.
  fs::create_directory(dir.path / "folder.yaml");
  CHECK(load_file((dir.path / "folder.yaml").string()).errors.at(0).message ==
        "this is a folder, not a file");
  // A named pipe with no writer reads as empty instead of hanging the run.
  REQUIRE(::mkfifo((dir.path / "pipe.yaml").c_str(), 0600) == 0);
  CHECK(load_file((dir.path / "pipe.yaml").string()).errors.at(0).message ==
        "the file is empty: a proposal starts with `coprod: 1`");
}

}  // namespace coprod

namespace coprod {

TEST_CASE("a finding's guidance is shown as every quoted text is, in every format") {
  // An evidence path with a newline that would forge a verdict line and a
  // workflow command, control and direction characters, and an e-mail address.
  const std::string path =
      "evidence/x.md\nfake.yaml: Assured \xE2\x80\x94 ready for board\n::error file=README.md::"
      "\x1B[2J\x07\xE2\x80\xAE jo.bloggs@example.com.md";
  std::string text = kValid;
  const std::string was = "evidence: https://example.org/reports/open-space";
  REQUIRE(text.find(was) != std::string::npos);
  text.replace(text.find(was), was.size(), "evidence: \"" + [&] {
    std::string escaped;
    for (char c : path) {
      if (c == '\n') escaped += "\\n";
      else if (c == '\x1B') escaped += "\\e";
      else if (c == '\x07') escaped += "\\a";
      else escaped += c;
    }
    return escaped;
  }() + "\"");
  Loaded loaded = load_text(text, "input.yaml", ".");
  REQUIRE(loaded.ok());
  const Result result = check(std::move(loaded), test::fixed_day_options());
  bool reported = false;
  for (const Finding& f : result.findings) reported |= f.rule->id == "activities-evidenced";
  REQUIRE(reported);
  Summary summary;
  summary.add(result);
  for (Format format : {Format::text, Format::markdown, Format::json, Format::sarif,
                        Format::junit, Format::github}) {
    CAPTURE(static_cast<int>(format));
    std::ostringstream out;
    auto renderer = make_renderer(format, RenderOptions{});
    renderer->begin(out);
    renderer->proposal(result, out);
    renderer->end(summary, out);
    const std::string shown = out.str();
    CHECK(!contains(shown, "jo.bloggs@example.com"));
    CHECK(!contains(shown, "\x1B"));
    CHECK(!contains(shown, "\x07"));
    CHECK(!contains(shown, "\xE2\x80\xAE"));
    CHECK(!contains(shown, "\nfake.yaml"));
    CHECK(!contains(shown, "\n::error file=README.md"));
  }
}

}  // namespace coprod
