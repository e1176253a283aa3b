// The slips people make writing a proposal by hand or pasting from Word
// (tests/slips/). base.yaml is a valid proposal; each other NAME.yaml is
// base.yaml with one slip, and NAME.expected every error line the loader
// reports for it. For each slip:
//   - its message is plain English, never the parser's words;
//   - every correction it shows, made, gives a file that loads: the
//     corrected lines a syntax error carries, or the value a message names
//     after "did you mean" (as the message prints it);
// and for files that combine several slips (every pair on different lines,
// and some triples): every error reported lies on one of the slips' lines,
// and making the corrections shown, run after run, gives a file that loads.

#include <algorithm>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "golden.h"
#include "load/loader.h"
#include "load/yaml_syntax.h"
#include "render/text.h"

namespace coprod {
namespace {

namespace fs = std::filesystem;
using test::check_golden;
using test::slurp;
using test::test_data;

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      lines.push_back(text.substr(start));
      return lines;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i > 0 ? "\n" : "") + lines[i];
  return out;
}

// A slip as the lines of base.yaml it replaces: base lines [first, first +
// removed) become `lines`.
struct Slip {
  std::string name;
  std::size_t first = 0;  // 0-based
  std::size_t removed = 0;
  std::vector<std::string> lines;
};

Slip slip_of(const std::string& name, const std::vector<std::string>& base,
             const std::vector<std::string>& slipped) {
  std::size_t prefix = 0;
  while (prefix < base.size() && prefix < slipped.size() && base[prefix] == slipped[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < base.size() - prefix && suffix < slipped.size() - prefix &&
         base[base.size() - 1 - suffix] == slipped[slipped.size() - 1 - suffix])
    ++suffix;
  return {name, prefix, base.size() - prefix - suffix,
          {slipped.begin() + std::ptrdiff_t(prefix), slipped.end() - std::ptrdiff_t(suffix)}};
}

struct Corpus {
  std::vector<std::string> base;
  std::vector<Slip> slips;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus out;
    const fs::path dir = test_data() / "slips";
    out.base = split_lines(slurp(dir / "base.yaml"));
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.path().extension() == ".yaml" && entry.path().stem() != "base") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files)
      out.slips.push_back(slip_of(file.stem().string(), out.base, split_lines(slurp(file))));
    return out;
  }();
  return c;
}

std::string errors_of(const Loaded& loaded) {
  std::string out;
  for (const Error& e : loaded.errors) out += text_line("input.yaml", e) + "\n";
  return out;
}

// The parser's own words, which no message may show.
bool parser_words(std::string_view message) {
  for (std::string_view words : {"could not find expected", "did not find expected", "scalar",
                                 "block sequence", "flow sequence", "flow mapping", "indendation",
                                 "not valid YAML:", "detected", "trailing content", "multiline"})
    if (message.find(words) != std::string_view::npos) return true;
  return false;
}

// The backquoted parts of a message, in order.
std::vector<std::string> quoted_parts(std::string_view message) {
  std::vector<std::string> out;
  for (std::size_t at = message.find('`'); at != std::string_view::npos;) {
    // "`` ` ``" quotes a backquote.
    if (message.substr(at).starts_with("`` ` ``")) {
      at = message.find('`', at + 7);
      continue;
    }
    const std::size_t end = message.find('`', at + 1);
    if (end == std::string_view::npos) break;
    out.emplace_back(message.substr(at + 1, end - at - 1));
    at = message.find('`', end + 1);
  }
  return out;
}

// The corrections an error shows: its own, or the value its message names
// after "did you mean" (or "in figures") put in place of the value it
// quotes at its column.
std::vector<Correction> corrections_of(const Error& e, const std::vector<std::string>& lines) {
  if (!e.corrections.empty()) return e.corrections;
  std::vector<std::string> parts = quoted_parts(e.message);
  std::size_t named = std::string::npos;
  for (std::string_view lead : {"did you mean `", "without commas or words: `"})
    if (const std::size_t at = e.message.rfind(lead); at != std::string::npos) named = at + lead.size() - 1;
  if (named == std::string::npos || parts.size() < 2 || e.at.line == 0 || e.at.line > lines.size()) return {};
  parts.back() = quoted_parts(e.message.substr(named)).front();
  const std::string& line = lines[e.at.line - 1];
  // The column counts characters: find its byte.
  std::size_t byte = 0;
  for (std::uint32_t column = 1; byte < line.size() && column < e.at.column; ++column) {
    ++byte;
    while (byte < line.size() && (static_cast<unsigned char>(line[byte]) & 0xC0) == 0x80) ++byte;
  }
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    if (parts[i].empty() || line.compare(byte, parts[i].size(), parts[i]) != 0) continue;
    std::string fixed = line;
    fixed.replace(byte, parts[i].size(), parts.back());
    return {{e.at.line, e.at.line, {fixed}}};
  }
  return {};
}

// Whether every line a correction writes is shown in its message (or its
// first, when the message says "and so on").
bool shown_in(const Error& e, const Correction& c) {
  const std::size_t shown = e.message.find(", and so on") != std::string::npos ? 1 : c.lines.size();
  return std::all_of(c.lines.begin(), c.lines.begin() + std::ptrdiff_t(shown), [&](const std::string& line) {
    const std::size_t start = line.find_first_not_of(' ');
    return start == std::string::npos || e.message.find(line.substr(start)) != std::string::npos;
  });
}

// `lines` with every correction made, the lowest first so that line numbers
// hold (corrections of one load never overlap).
std::vector<std::string> with_all(std::vector<std::string> lines, std::vector<Correction> all) {
  std::sort(all.begin(), all.end(), [](const Correction& a, const Correction& b) { return a.first > b.first; });
  std::uint32_t below = std::numeric_limits<std::uint32_t>::max();
  for (const Correction& c : all) {
    if (c.last >= below || c.first == 0 || c.last > lines.size()) continue;
    lines.erase(lines.begin() + c.first - 1, lines.begin() + c.last);
    lines.insert(lines.begin() + c.first - 1, c.lines.begin(), c.lines.end());
    below = c.first;
  }
  return lines;
}

Loaded load(const std::vector<std::string>& lines) {
  return load_text(join_lines(lines), "input.yaml", (test_data() / "slips").string());
}

TEST_CASE("the corpus of slips: base.yaml is a valid proposal, and there are at least 40 slips") {
  const Loaded loaded = load(corpus().base);
  INFO(errors_of(loaded));
  CHECK(loaded.ok());
  CHECK(corpus().slips.size() >= 40);
}

TEST_CASE("every slip gets a message in plain English, with the line as it should be") {
  for (const Slip& slip : corpus().slips) {
    SUBCASE(slip.name.c_str()) {
      const fs::path file = test_data() / "slips" / (slip.name + ".yaml");
      const std::vector<std::string> lines = split_lines(slurp(file));
      const Loaded loaded = load(lines);
      REQUIRE(!loaded.ok());
      check_golden(fs::path(file).replace_extension(".expected"), errors_of(loaded));
      for (const Error& e : loaded.errors) {
        INFO(e.message);
        CHECK(!parser_words(e.message));
        // A correction for each, shown in the message, that makes the file load.
        const std::vector<Correction> shown = corrections_of(e, lines);
        // A day that does not exist (2025-11-31) could be meant as the day
        // before or the day after: the message says what is wrong, and
        // guesses no day.
        CHECK(shown.empty() == (slip.name == "date-november-31" || slip.name == "date-february-29"));
        for (const Correction& c : shown) {
          if (!e.corrections.empty()) CHECK(shown_in(e, c));
          const Loaded fixed = load(with_all(lines, {c}));
          INFO("corrected: ", join_lines(c.lines), "\n", errors_of(fixed));
          CHECK(fixed.ok());
        }
      }
    }
  }
}

TEST_CASE("how many of the slips' messages are in the parser's words: none") {
  std::size_t messages = 0, in_parser_words = 0;
  for (const Slip& slip : corpus().slips) {
    const Loaded loaded = load(split_lines(slurp(test_data() / "slips" / (slip.name + ".yaml"))));
    for (const Error& e : loaded.errors) {
      ++messages;
      in_parser_words += parser_words(e.message);
    }
  }
  MESSAGE(corpus().slips.size(), " slips, ", messages, " messages, ", in_parser_words, " in the parser's words");
  CHECK(in_parser_words == 0);
}

// Every way to combine the slips on different lines, two at a time, and a
// fixed choice of three at a time.
std::vector<std::vector<const Slip*>> combinations() {
  const std::vector<Slip>& slips = corpus().slips;
  const auto apart = [](const Slip* a, const Slip* b) {
    const std::size_t a_end = a->first + std::max<std::size_t>(a->removed, 1);
    const std::size_t b_end = b->first + std::max<std::size_t>(b->removed, 1);
    return a_end < b->first || b_end < a->first;
  };
  std::vector<std::vector<const Slip*>> out;
  for (std::size_t i = 0; i < slips.size(); ++i)
    for (std::size_t j = i + 1; j < slips.size(); ++j)
      if (apart(&slips[i], &slips[j])) out.push_back({&slips[i], &slips[j]});
  const std::size_t pairs = out.size();
  for (std::size_t k = 0; k < pairs; k += 7) {
    const std::vector<const Slip*> pair = out[k];
    const Slip* third = &slips[(k * 13) % slips.size()];
    if (apart(pair[0], third) && apart(pair[1], third)) out.push_back({pair[0], pair[1], third});
  }
  return out;
}

// The file with the slips made, and the lines (1-based) each slip is on.
std::vector<std::string> combined(std::vector<const Slip*> slips, std::vector<std::pair<std::size_t, std::size_t>>& on) {
  std::sort(slips.begin(), slips.end(), [](const Slip* a, const Slip* b) { return a->first > b->first; });
  std::vector<std::string> lines = corpus().base;
  for (const Slip* s : slips) {
    lines.erase(lines.begin() + std::ptrdiff_t(s->first), lines.begin() + std::ptrdiff_t(s->first + s->removed));
    lines.insert(lines.begin() + std::ptrdiff_t(s->first), s->lines.begin(), s->lines.end());
  }
  // Lines before each slip shift by what the slips above it added.
  std::ptrdiff_t shift = 0;
  for (auto it = slips.rbegin(); it != slips.rend(); ++it) {
    const Slip* s = *it;
    const std::size_t first = std::size_t(std::ptrdiff_t(s->first) + shift) + 1;
    on.emplace_back(first, first + std::max<std::size_t>(s->lines.size(), 1) - 1);
    shift += std::ptrdiff_t(s->lines.size()) - std::ptrdiff_t(s->removed);
  }
  return lines;
}

// Whether a slip alone makes the file not YAML.
bool syntax_slip(const Slip& slip) {
  static std::map<std::string, bool> known;
  const auto [it, fresh] = known.emplace(slip.name, false);
  if (fresh) {
    std::vector<std::string> lines = corpus().base;
    lines.erase(lines.begin() + std::ptrdiff_t(slip.first), lines.begin() + std::ptrdiff_t(slip.first + slip.removed));
    lines.insert(lines.begin() + std::ptrdiff_t(slip.first), slip.lines.begin(), slip.lines.end());
    const Loaded loaded = load(lines);
    it->second = !loaded.errors.empty() && loaded.errors.front().kind == ErrorKind::syntax;
  }
  return it->second;
}

TEST_CASE("files with several slips: every error is on a slip, and the corrections shown lead to a file that loads") {
  std::size_t files = 0, errors = 0, syntax_pairs = 0, both_found = 0;
  for (const std::vector<const Slip*>& slips : combinations()) {
    std::vector<std::pair<std::size_t, std::size_t>> on;
    std::vector<std::string> lines = combined(slips, on);
    std::string names;
    for (const Slip* s : slips) names += s->name + " ";
    INFO("slips: ", names, "\n", join_lines(lines));
    Loaded loaded = load(lines);
    ++files;
    CHECK(!loaded.ok());
    // Never an error that is not one of the slips.
    std::vector<bool> found(on.size(), false);
    for (const Error& e : loaded.errors) {
      ++errors;
      INFO(text_line("input.yaml", e));
      bool on_a_slip = false;
      for (std::size_t i = 0; i < on.size(); ++i)
        if (e.at.line >= on[i].first && e.at.line <= on[i].second) on_a_slip = found[i] = true;
      CHECK(on_a_slip);
    }
    // Two syntax errors are both found in one run.
    if (slips.size() == 2 && syntax_slip(*slips[0]) && syntax_slip(*slips[1])) {
      ++syntax_pairs;
      both_found += found[0] && found[1];
    }
    // Following the messages, run after run, ends in a file that loads.
    for (int run = 0; run < 4 && !loaded.ok(); ++run) {
      std::vector<Correction> all;
      for (const Error& e : loaded.errors) {
        const std::vector<Correction> shown = corrections_of(e, lines);
        if (!shown.empty()) all.push_back(shown.front());
      }
      if (all.empty()) break;
      lines = with_all(lines, all);
      loaded = load(lines);
    }
    // (A day that does not exist is left for its writer to choose.)
    const bool no_day = std::any_of(slips.begin(), slips.end(), [](const Slip* s) {
      return s->name == "date-november-31" || s->name == "date-february-29";
    });
    INFO("after the corrections:\n", join_lines(lines), "\n", errors_of(loaded));
    CHECK((loaded.ok() || no_day));
  }
  MESSAGE(files, " files with several slips, ", errors, " errors reported; of ", syntax_pairs,
          " pairs of syntax errors, both found in one run in ", both_found);
  CHECK(both_found * 10 >= syntax_pairs * 9);
}

}  // namespace
}  // namespace coprod
