#include "load/yaml_syntax.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace coprod::yaml {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";
constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";   // “
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";  // ”
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";   // ‘
constexpr std::string_view kRightSingle = "\xE2\x80\x99";  // ’
constexpr std::uint32_t kEnd = std::numeric_limits<std::uint32_t>::max();

// --- the text, line by line ------------------------------------------------

// The lines of a text, found once: a hostile file with a mistake on its last
// line costs one pass, not one per line looked at.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }

  std::uint32_t count() const { return std::uint32_t(starts_.size()); }

  // Line `n` (1-based), without its line break; empty past either end.
  std::string_view operator[](std::uint32_t n) const {
    if (n < 1 || n > count()) return {};
    const std::size_t start = starts_[n - 1];
    const std::size_t end = n < count() ? starts_[n] - 1 : text_.size();
    std::string_view line = text_.substr(start, end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    return line;
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

std::size_t indent_of(std::string_view line) {
  const std::size_t n = line.find_first_not_of(' ');
  return n == std::string_view::npos ? line.size() : n;
}

std::string_view trim(std::string_view s) {
  const std::size_t a = s.find_first_not_of(" \t");
  if (a == std::string_view::npos) return {};
  const std::size_t b = s.find_last_not_of(" \t");
  return s.substr(a, b - a + 1);
}

bool blank_or_comment(std::string_view line) {
  const std::string_view t = trim(line);
  return t.empty() || t.front() == '#';
}

// The column (1-based, in characters) of byte `byte` of `line`.
std::uint32_t column_of(std::string_view line, std::size_t byte) {
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < byte && i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  return column;
}

std::string spaces(std::size_t n) {
  if (n == 0) return "no spaces";
  return n == 1 ? "1 space" : fmt::format("{} spaces", n);
}

std::string pad(std::size_t n, std::string_view text) { return std::string(n, ' ') + std::string(text); }

// A line's parts: its indentation, whether it is a list item (`- `), and
// its `key: value` (no key when the line holds none).
struct Shape {
  std::size_t indent = 0;
  bool item = false;
  std::string_view body;   // after the indentation and any `- `
  std::string_view key;    // before the first `: ` (or a `:` that ends the line)
  std::string_view value;  // after it; the whole body when there is no key
};

bool key_like(std::string_view key) {
  if (key.empty()) return false;
  const char c = key.front();
  return std::string_view("\"'[{&*!|>%@`#-?,").find(c) == std::string_view::npos &&
         key.find(": ") == std::string_view::npos;
}

Shape shape_of(std::string_view line) {
  Shape s;
  s.indent = indent_of(line);
  std::string_view rest = trim(line.substr(s.indent));
  if (rest == "-" || rest.starts_with("- ")) {
    s.item = true;
    rest = trim(rest.substr(1));
  }
  s.body = rest;
  s.value = rest;
  std::size_t colon = rest.find(": ");
  if (colon == std::string_view::npos && rest.ends_with(':')) colon = rest.size() - 1;
  if (colon != std::string_view::npos && key_like(trim(rest.substr(0, colon)))) {
    s.key = trim(rest.substr(0, colon));
    s.value = trim(rest.substr(colon + 1));
  }
  return s;
}

// The line's leading `- ` and key, as they are written: "  - title: ".
std::string head_of(std::string_view line, const Shape& s) {
  const std::size_t value_at = std::size_t(s.value.data() - line.data());
  if (s.key.empty()) return std::string(line.substr(0, std::size_t(s.body.data() - line.data())));
  return std::string(line.substr(0, value_at)) + (s.value.empty() ? " " : "");
}

// --- values as they must be written -----------------------------------------

std::string double_quoted(std::string_view value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string single_quoted(std::string_view value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

// In quotes, the kind that needs no escape: single quotes around a value
// holding double quotes, double quotes otherwise.
std::string quoted(std::string_view value) {
  if (value.find('"') != std::string_view::npos && value.find('\'') == std::string_view::npos &&
      value.find('\\') == std::string_view::npos)
    return single_quoted(value);
  return double_quoted(value);
}

bool plain_reads_back(std::string_view v) {
  if (v.empty() || trim(v) != v) return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(v.front()) != std::string_view::npos) return false;
  if (v.find(": ") != std::string_view::npos || v.find(" #") != std::string_view::npos ||
      v.back() == ':' || v.find('\t') != std::string_view::npos)
    return false;
  for (std::string_view word : {"true", "false", "null", "~", "True", "False", "Null", "TRUE",
                                "FALSE", "NULL"})
    if (v == word) return false;
  return std::none_of(v.begin(), v.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

// The value as it can be written after a key: as it is, or in quotes.
std::string written(std::string_view value) { return plain_reads_back(value) ? std::string(value) : quoted(value); }

std::string strip_curly(std::string_view value) {
  std::string out(value);
  for (auto [curly, straight] : {std::pair{kLeftDouble, "\""}, std::pair{kRightDouble, "\""},
                                 std::pair{kLeftSingle, "'"}, std::pair{kRightSingle, "'"}}) {
    for (std::size_t at = out.find(curly); at != std::string::npos; at = out.find(curly, at))
      out.replace(at, curly.size(), straight);
  }
  return out;
}

bool has_curly_quotes(std::string_view text) {
  return text.find(kLeftDouble) != std::string_view::npos ||
         text.find(kRightDouble) != std::string_view::npos ||
         text.find(kLeftSingle) != std::string_view::npos;
}

// --- corrections -------------------------------------------------------------

Correction replace_line(std::uint32_t n, std::string line) { return {n, n, {std::move(line)}}; }

// How a correction reads in a message: its line without its indentation, or
// its lines one after another, each indented as it is against the first.
std::string shown(const Correction& c) {
  if (c.lines.empty()) return {};
  const std::size_t base = indent_of(c.lines.front());
  std::string out = fmt::format("`{}`", c.lines.front().substr(std::min(base, c.lines.front().size())));
  for (std::size_t i = 1; i < c.lines.size(); ++i) {
    const std::string& line = c.lines[i];
    const std::size_t indent = indent_of(line);
    const std::string relative = indent > base ? pad(indent - base, trim(line)) : std::string(trim(line));
    out += fmt::format(", then on the line below `{}`", relative);
  }
  return out;
}

// A way the error could be corrected, with what is wrong and what to do as
// its message says them. The likeliest way has the lowest rank.
struct Candidate {
  Location at;
  std::string problem;
  std::string remedy;  // ends where the corrected line follows ("write it as")
  Correction correction;
  int rank = 0;
  bool first_line_only = false;  // the message shows the first of its lines, "and so on"
};

// --- what the text around the error suggests -------------------------------

struct Context {
  const Lines& lines;
  const ParserError& error;
  const KnownKey& known_key;
  std::vector<Candidate>& out;
  // Line `n` of the text as its writer numbers it (the text read may have
  // had earlier mistakes corrected, with lines joined).
  const std::function<std::uint32_t(std::uint32_t)>& written_line;

  std::string_view line(std::uint32_t n) const { return lines[n]; }
  // How likely a word is a key: 0 known, 10 when no list of keys is given, 20 not known.
  int key_doubt(std::string_view word) const {
    if (!known_key) return 10;
    return known_key(word) ? 0 : 20;
  }
  void add(Candidate c) { out.push_back(std::move(c)); }
};

// The previous and next lines with something on them.
std::uint32_t previous_content(const Lines& lines, std::uint32_t n) {
  for (std::uint32_t k = n; k-- > 1;)
    if (!blank_or_comment(lines[k])) return k;
  return 0;
}

std::uint32_t next_content(const Lines& lines, std::uint32_t n) {
  for (std::uint32_t k = n + 1; k <= lines.count() && k <= n + 200; ++k)
    if (!blank_or_comment(lines[k])) return k;
  return 0;
}

// Whether the lines beside `n` at its indentation are `key: value` lines
// (not list items).
bool among_keys(const Lines& lines, std::uint32_t n) {
  const std::size_t indent = indent_of(lines[n]);
  for (std::uint32_t k : {previous_content(lines, n), next_content(lines, n)}) {
    if (k == 0) continue;
    const Shape s = shape_of(lines[k]);
    if (s.indent == indent && !s.item && !s.key.empty()) return true;
  }
  return false;
}

// The bullets a word processor puts before list items, as they arrive.
struct Bullet {
  std::string_view mark;
  std::string_view name;  // as the message names it
};
constexpr std::array<Bullet, 9> kBullets = {{
    {"\xE2\x80\xA2", "a bullet (\xE2\x80\xA2)"},
    {"\xE2\x97\xA6", "a bullet (\xE2\x97\xA6)"},
    {"\xE2\x96\xAA", "a bullet (\xE2\x96\xAA)"},
    {"\xE2\x97\x8F", "a bullet (\xE2\x97\x8F)"},
    {"\xE2\x80\xA3", "a bullet (\xE2\x80\xA3)"},
    {"\xC2\xB7", "a bullet (\xC2\xB7)"},
    {"\xE2\x80\x93", "a dash (\xE2\x80\x93)"},
    {"\xE2\x80\x94", "a dash (\xE2\x80\x94)"},
    {"\xE2\x88\x92", "a minus sign (\xE2\x88\x92)"},
}};

// `• family-carers`, `– item`, `*item`, `-item`: a list bullet YAML does not
// read as one; or a bullet before a key (`• organisation: …`).
void bullet_line(Context& c, std::uint32_t n, int rank) {
  const std::string_view line = c.line(n);
  const std::size_t indent = indent_of(line);
  const std::string_view body = line.substr(indent);
  std::string_view rest;
  std::string problem;
  for (const Bullet& b : kBullets) {
    if (!body.starts_with(b.mark)) continue;
    rest = trim(body.substr(b.mark.size()));
    problem = fmt::format("this line starts with {}, as a word processor writes a list, which YAML "
                          "does not read as a list item",
                          b.name);
    break;
  }
  if (problem.empty() && body.starts_with('*') && body.size() > 1) {
    rest = trim(body.substr(1));
    problem = "YAML does not read `*` at the start of a line as a list bullet (a value that starts "
              "with `*` is an alias, a repeat of another value)";
  }
  if (problem.empty() && body.starts_with('-') && body.size() > 1 && body[1] != ' ' &&
      body[1] != '-' && body[1] != '\t') {
    rest = body.substr(1);
    problem = "a list item needs a space after its hyphen";
  }
  if (problem.empty() || rest.empty()) return;
  const Shape inner = shape_of(rest);
  const Location at{n, std::uint32_t(indent + 1)};
  // Before a key among other keys, the bullet is only in the way.
  const bool key = !inner.item && !inner.key.empty() && among_keys(c.lines, n);
  const bool hyphen = body.starts_with('-');
  Candidate as_item{at, problem,
                    hyphen ? "write it as" : "a list item starts with a hyphen and a space (`- `): write it as",
                    replace_line(n, pad(indent, "- " + std::string(rest))), rank + (key ? 5 : 0)};
  Candidate as_key{at, problem, "remove it: write it as", replace_line(n, pad(indent, rest)),
                   rank + (key ? 0 : 5)};
  c.add(std::move(as_item));
  if (!inner.key.empty()) c.add(std::move(as_key));
}

// `organisation An NHS trust`, `title "Easy read"`, `title:Easy read`,
// `lead = Director of Nursing`: a key without its colon and space.
void missing_colon(Context& c, std::uint32_t n, int rank) {
  const std::string_view line = c.line(n);
  const Shape s = shape_of(line);
  if (!s.key.empty() || s.body.empty()) return;
  const std::string_view body = s.body;
  std::size_t i = 0;
  auto word_char = [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '_' || ch == '-';
  };
  if (!((body[0] >= 'a' && body[0] <= 'z') || (body[0] >= 'A' && body[0] <= 'Z'))) return;
  while (i < body.size() && word_char(body[i])) ++i;
  const std::string_view word = body.substr(0, i);
  std::string_view rest = body.substr(i);
  std::string problem;
  if (rest.starts_with(':') && rest.size() > 1 && !rest.starts_with("://")) {
    problem = "a key's colon needs a space after it";
    rest = trim(rest.substr(1));
  } else if (trim(rest).starts_with('=') || trim(rest).starts_with(';')) {
    problem = fmt::format("a key and its value are separated by a colon and a space (`: `), not by `{}`",
                          trim(rest).front());
    rest = trim(trim(rest).substr(1));
  } else if (rest.starts_with(' ') && !trim(rest).empty() && rest.find(':') == std::string_view::npos) {
    problem = fmt::format("this line has no colon after `{}`: a key and its value are separated by "
                          "a colon and a space (`: `)",
                          word);
    rest = trim(rest);
  } else {
    return;
  }
  if (rest.empty()) return;
  const std::string head(line.substr(0, std::size_t(body.data() - line.data())));
  const std::string value = rest.front() == '"' || rest.front() == '\'' ? std::string(rest) : written(rest);
  const int doubt = c.key_doubt(word) + (rest.front() == '"' || rest.front() == '\'' ? -5 : 0);
  c.add({{n, column_of(line, std::size_t(body.data() - line.data()))},
         problem,
         "write it as",
         replace_line(n, fmt::format("{}{}: {}", head, word, value)),
         rank + doubt});
}

// Whether a line's text starts with a bullet, or a `*` or `-` YAML does not
// read as one (bullet_line() offers the correction).
bool bulleted(std::string_view body) {
  if (body.starts_with('*') || body.starts_with('-')) return true;
  return std::any_of(kBullets.begin(), kBullets.end(), [&](const Bullet& b) { return body.starts_with(b.mark); });
}

// The line a value starts on, for a line of text carried over from it: the
// line above, or the first of the lines above that carry it over too.
std::uint32_t value_start(const Lines& lines, std::uint32_t n) {
  std::uint32_t k = previous_content(lines, n);
  while (k > 0) {
    const Shape s = shape_of(lines[k]);
    if (!s.key.empty() || s.item) return k;
    const std::uint32_t above = previous_content(lines, k);
    if (above == 0 || indent_of(lines[above]) > s.indent + 40) return 0;
    k = above;
  }
  return 0;
}

// A paragraph pasted over two lines or more: the lines after the first
// start where YAML reads a new key. Also a quoted value whose closing quote
// is on a later line, left of where the text must be indented.
void carried_over(Context& c, std::uint32_t n, int rank) {
  const std::uint32_t start = value_start(c.lines, n);
  if (start == 0 || start >= n) return;
  const std::string_view head_line = c.line(start);
  const Shape head = shape_of(head_line);
  // `decision:` with its text on the line below, not indented under it.
  const bool below = head.value.empty() && !head.key.empty();
  if (head.value.empty() && !below) return;
  // A line shaped as a key or a list item, in disguise (`-id: a`), is none.
  const std::string_view here = trim(c.line(n));
  if (here.empty() || here.find(": ") != std::string_view::npos || bulleted(here)) return;
  const char first = below ? here.front() : head.value.front();
  const bool quote = !below && (first == '"' || first == '\'');
  if (!quote && std::string_view("|>[{&*!#").find(first) != std::string_view::npos) return;
  if (quote && head.value.size() > 1 && head.value.back() == first) return;
  const std::size_t key_indent = head.item && !head.key.empty() ? head.indent + 2 : head.indent;
  // The lines that carry the text: to `n`, and on while they still do.
  std::string text(head.value);
  if (below) text.clear();
  std::uint32_t last = 0;
  for (std::uint32_t k = start + 1; k <= c.lines.count() && k <= n + 50; ++k) {
    const std::string_view line = c.line(k);
    if (blank_or_comment(line)) {
      if (k > n && !quote) break;
      continue;
    }
    const Shape s = shape_of(line);
    if (!quote && (s.item || !s.key.empty())) {
      if (k <= n) return;
      break;
    }
    if (!text.empty()) text += ' ';
    text += trim(line);
    last = k;
    if (quote && trim(line).ends_with(first)) break;
  }
  if (last < n || (quote && text.back() != first)) return;
  const std::string value = quote ? text : written(text);
  const std::string what = head.key.empty() ? fmt::format("the list item on line {}", c.written_line(start))
                                            : fmt::format("`{}:` on line {}", head.key, c.written_line(start));
  const std::size_t indent = indent_of(c.line(n));
  int score = rank;
  if (indent > key_indent) score += 20;
  else if (indent == key_indent) score += 12;
  const std::string_view body = trim(c.line(n));
  if (c.known_key && c.known_key(body.substr(0, body.find_first_of(" :=")))) score += 20;
  const std::string problem =
      below ? fmt::format("this line holds the text of {}, but it is not indented under it, so YAML "
                          "reads it as a new key",
                          what)
      : quote ? fmt::format("the text in quotes after {} runs on to the line below, which starts left of "
                            "where the text must be indented, so YAML cannot read it",
                            what)
              : fmt::format("this line carries on the text of {}, but a line that starts this far left "
                            "is read as a new key, not as more of the text (as when a paragraph is "
                            "pasted over two lines)",
                            what);
  c.add({{n, std::uint32_t(indent + 1)},
         problem,
         below ? "write the text on the key's line" : "write the text on one line",
         {start, last, {head_of(head_line, head) + value}},
         score});
}

// A list's item without its `- `: `family-carers` after `- lived-experience-panel`,
// or `id: b` after `- id: a` at the indentation of the `-`.
void missing_dash(Context& c, std::uint32_t n, int rank) {
  const std::string_view line = c.line(n);
  const Shape s = shape_of(line);
  if (s.item || s.body.empty() || bulleted(s.body)) return;
  for (std::uint32_t k = previous_content(c.lines, n); k > 0; k = previous_content(c.lines, k)) {
    const Shape other = shape_of(c.line(k));
    if (other.indent > s.indent) continue;
    if (other.indent < s.indent || !other.item) return;
    // An item of the same list: a plain value, or a mapping starting with the same key.
    const bool same = other.key.empty() ? s.key.empty() : other.key == s.key;
    if (!same) return;
    // Followed by keys without a `- ` too, the `- ` above is likelier the slip.
    const std::uint32_t next = next_content(c.lines, n);
    const Shape after = shape_of(c.line(next));
    const bool keys_follow = next > 0 && after.indent == s.indent && !after.item && !after.key.empty();
    c.add({{n, std::uint32_t(s.indent + 1)},
           "this line sits among the items of a list but does not start with `- `, as each item "
           "must",
           "write it as",
           replace_line(n, pad(s.indent, "- " + std::string(s.body))),
           rank + (keys_follow ? 10 : 0)});
    return;
  }
}

// `- title: …` among the keys of a section: a `- ` that makes a list; or
// several such lines one after another, before a key without one.
void stray_dash(Context& c, std::uint32_t n, int rank) {
  const Shape s = shape_of(c.line(n));
  if (!s.item || s.key.empty() || !among_keys(c.lines, n)) return;
  std::uint32_t first = n;
  for (std::uint32_t k = previous_content(c.lines, n); k > 0; k = previous_content(c.lines, k)) {
    const Shape above = shape_of(c.line(k));
    if (!above.item || above.key.empty() || above.indent != s.indent) break;
    first = k;
  }
  Correction c_{first, n, {}};
  for (std::uint32_t k = first; k <= n; ++k) {
    const std::string_view line = c.line(k);
    const Shape item = shape_of(line);
    c_.lines.push_back(blank_or_comment(line) ? std::string(line) : pad(item.indent, item.body));
  }
  const std::size_t count = n - first + 1;
  c.add({{first, std::uint32_t(s.indent + 1)},
         count == 1 ? "this line starts with `- `, which makes a list item of it, but the lines beside it "
                      "are `key: value` lines of the same section"
                    : "these lines start with `- `, which makes a list of them, but the lines after them are "
                      "`key: value` lines of the same section",
         count == 1 ? "remove the `- `: write it as" : "remove each `- `: write them as",
         std::move(c_), rank});
}

// The indentations line `n` could line up with: those of the keys it could
// belong beside, nearest first (the lines above it, each less indented than
// the one before), with the line that shows each.
std::vector<std::pair<std::size_t, std::uint32_t>> open_indents(const Lines& lines, std::uint32_t n) {
  std::vector<std::pair<std::size_t, std::uint32_t>> out;  // indentation, line
  std::size_t below = std::string_view::npos;
  for (std::uint32_t k = previous_content(lines, n); k > 0; k = previous_content(lines, k)) {
    const std::string_view above = lines[k];
    const std::size_t indent = indent_of(above);
    if (indent >= below) continue;
    // The keys of a list item (`- id: a`) start after its `- `.
    if (above.substr(indent).starts_with("- ") && indent + 2 < below) out.emplace_back(indent + 2, k);
    out.emplace_back(indent, k);
    below = indent;
    if (indent == 0) break;
  }
  return out;
}

// How line `k` shows an indentation: "`title:` on line 25", "`-` on line 24".
std::string like(const Context& c, std::size_t width, std::uint32_t k) {
  const std::string_view line = c.lines[k];
  const Shape s = shape_of(line);
  std::string shown_as;
  if (s.item && width == s.indent) shown_as = "-";
  else if (!s.key.empty()) shown_as = fmt::format("{}:", s.key);
  else shown_as = std::string(trim(line));
  return fmt::format("`{}` on line {}", shown_as, c.written_line(k));
}

// Line `n` indented otherwise: by each indentation it could line up with.
// `leading` is how much of the line is its indentation as written (spaces,
// tabs, no-break spaces), `problem` what is wrong with it.
void reindented(Context& c, std::uint32_t n, int rank, std::size_t leading, const std::string& problem,
                std::string_view with) {
  const std::string_view line = c.line(n);
  const std::string_view body = line.substr(leading);
  if (trim(body).empty()) return;
  const bool item = body.starts_with("- ");
  // The likeliest: lined up with the line above, when that one is of the
  // same kind (a key, or a list item); then the nearest. A line indented
  // with a tab or a no-break space is as wide as the writer's screen showed
  // it, so it counts as lined up with the line above.
  const std::uint32_t above = previous_content(c.lines, n);
  const Shape before = shape_of(c.line(above));
  const bool sibling = above > 0 && before.item == item && (item || !before.key.empty()) &&
                       !(before.value.empty() && !before.item);
  const std::size_t now = leading == indent_of(line) || above == 0 ? indent_of(line) : before.indent;
  int order = 0;
  std::vector<std::size_t> tried;
  auto offer = [&](std::size_t width, std::uint32_t shown_by) {
    if ((width == now && leading == now) ||
        std::find(tried.begin(), tried.end(), width) != tried.end())
      return;
    tried.push_back(width);
    const std::size_t distance = width > now ? width - now : now - width;
    const bool lined_up = sibling && width == before.indent;
    const std::string how = width == 0 ? std::string("do not indent it")
                                       : fmt::format("indent it {} {}", with, spaces(width));
    c.add({{n, std::uint32_t(indent_of(line) + 1)},
           problem,
           fmt::format("{}, like {}", how, like(c, width, shown_by)),
           replace_line(n, pad(width, body)),
           rank + (lined_up ? 0 : 4 + int(distance) * 2 + (width < now ? 1 : 0)) + order++});
  };
  for (const auto& [width, shown_by] : open_indents(c.lines, n)) {
    const std::string_view by = c.line(shown_by);
    // A list item lines up with the `-` of the items before it; a key with
    // the keys, or with the text after a `- `.
    const bool dash = shape_of(by).item && width == indent_of(by);
    if (item && !dash && !shape_of(by).item) continue;
    offer(width, shown_by);
    if (tried.size() >= 4) break;
  }
  // The indentation of the line below, when it is a sibling.
  if (const std::uint32_t next = next_content(c.lines, n); next > 0) {
    const Shape s = shape_of(c.line(next));
    if (s.item == item) offer(s.indent, next);
  }
}

// The first line at or after `from` that is indented differently from `from`
// and is not text carried over from the line before.
std::uint32_t misindented_line(const Lines& lines, std::uint32_t from) {
  const std::size_t indent = indent_of(lines[from]);
  for (std::uint32_t k = from + 1; k <= from + 50 && k <= lines.count(); ++k) {
    const std::string_view line = lines[k];
    if (blank_or_comment(line)) continue;
    if (indent_of(line) != indent) return k;
  }
  return from;
}

void indentation(Context& c, std::uint32_t n, int rank) {
  const std::string_view line = c.line(n);
  if (blank_or_comment(line)) return;
  const std::size_t now = indent_of(line);
  const Shape s = shape_of(line);
  const std::string what = s.item ? "items of the same list start in the same column"
                                  : "keys of the same section start in the same column";
  reindented(c, n, rank, now,
             fmt::format("this line is indented by {}, which does not line up with the lines "
                         "above it: {}",
                         spaces(now), what),
             "by");
}

// The leading spaces, tabs and no-break spaces of a line, in bytes.
std::size_t leading_blanks(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] == ' ' || line[i] == '\t') ++i;
    else if (line.substr(i).starts_with(kNbsp)) i += kNbsp.size();
    else break;
  }
  return i;
}

// Line `line` with each tab in its indentation made `width` spaces.
std::string tabs_as_spaces(std::string_view line, std::size_t width) {
  std::string out;
  std::size_t i = 0;
  for (; i < line.size() && (line[i] == ' ' || line[i] == '\t'); ++i)
    out += line[i] == '\t' ? std::string(width, ' ') : std::string(1, ' ');
  return out + std::string(line.substr(i));
}

bool tab_indented(std::string_view line) {
  const std::size_t end = line.find_first_not_of(" \t");
  return line.substr(0, end).find('\t') != std::string_view::npos;
}

void tab(Context& c, std::uint32_t n) {
  // A file indented with tabs throughout: every such line at once, each tab
  // as two spaces (or four, where the lines with spaces count four).
  std::uint32_t last = n;
  for (std::uint32_t k = n + 1; k <= c.lines.count() && k <= n + 5000; ++k)
    if (tab_indented(c.line(k))) last = k;
  if (last > n) {
    for (std::size_t width : {2, 4, 8}) {
      Correction all{n, last, {}};
      for (std::uint32_t k = n; k <= last; ++k) all.lines.push_back(tabs_as_spaces(c.line(k), width));
      std::size_t more = 0;
      for (std::uint32_t k = n + 1; k <= last; ++k) more += tab_indented(c.line(k));
      Candidate every{{n, 1},
                      fmt::format("this line is indented with a tab, and so {} below it: YAML indents "
                                  "with spaces only",
                                  more == 1 ? std::string("is 1 more line") : fmt::format("are {} more lines", more)),
                      fmt::format("replace each tab with {} spaces, on this line and the others", width),
                      std::move(all), -3 + int(width / 2)};
      every.first_line_only = true;
      c.add(std::move(every));
    }
  }
  reindented(c, n, 0, leading_blanks(c.line(n)),
             "this line is indented with a tab: YAML indents with spaces only", "with");
}

void nbsp(Context& c, std::uint32_t n) {
  const std::string_view line = c.line(n);
  const std::size_t leading = leading_blanks(line);
  const std::string problem =
      "this line is indented with a non-breaking space (often pasted from Word or a web page), which "
      "YAML does not read as a space";
  // Each no-break space made an ordinary one, first; then other indentations.
  std::string same;
  for (std::size_t i = 0; i < leading;) {
    if (line.substr(i).starts_with(kNbsp)) {
      same += ' ';
      i += kNbsp.size();
    } else {
      same += line[i++];
    }
  }
  if (same.find('\t') == std::string::npos)
    c.add({{n, 1}, problem, "replace it with an ordinary space",
           replace_line(n, same + std::string(line.substr(leading))), 0});
  reindented(c, n, 5, leading, problem, "with ordinary");
}

// The value on a line written again (`key: value` as it should be).
Candidate rewrite_value(std::uint32_t n, std::string_view line, const Shape& s, std::string problem,
                        std::string remedy, std::string value, int rank) {
  const std::size_t value_at = std::size_t(s.value.data() - line.data());
  return {{n, column_of(line, value_at)},
          std::move(problem),
          std::move(remedy),
          replace_line(n, head_of(line, s) + value),
          rank};
}

// The candidates from `from` on point where the parser did (at the colon,
// at the backslash), when it is on their line.
void at_parser_column(Context& c, std::size_t from) {
  for (std::size_t i = from; i < c.out.size(); ++i)
    if (c.out[i].at.line == c.error.at.line) c.out[i].at = c.error.at;
}

// `: ` inside a value, or a colon at its end.
void colon_in_value(Context& c, std::uint32_t n) {
  const std::string_view line = c.line(n);
  const Shape s = shape_of(line);
  if (s.value.empty()) return;
  const std::size_t before = c.out.size();
  if (has_curly_quotes(s.value)) {
    c.add(rewrite_value(n, line, s,
                        "the curly quotes \xE2\x80\x9C \xE2\x80\x9D in this value are not quotes to YAML "
                        "(a word processor puts them in), so the colon (`: `) inside it starts a new key",
                        "use straight quotes", strip_curly(s.value), 0));
    at_parser_column(c, before);
    return;
  }
  const bool at_end = s.value.back() == ':' && s.value.find(": ") == std::string_view::npos;
  c.add(rewrite_value(n, line, s,
                      at_end ? "a colon at the end of a value makes YAML read it as a key"
                             : "a colon followed by a space (`: `) inside a value starts a new key, so "
                               "YAML cannot read this line",
                      "put the value in quotes", double_quoted(s.value), 0));
  at_parser_column(c, before);
}

// `heard: "I need to know "who" I will see"`: the quotes inside end the
// value early. Also `'… we'll review …'` and `"Easy read" letters`.
void quote_inside(Context& c, std::uint32_t n, char quote) {
  const std::string_view line = c.line(n);
  const Shape s = shape_of(line);
  if (s.value.size() < 2 || s.value.front() != quote) return;
  const bool wrapped = s.value.back() == quote;
  const std::string_view inner = wrapped ? s.value.substr(1, s.value.size() - 2) : s.value;
  std::string problem;
  std::string remedy;
  std::string value;
  if (quote == '"') {
    const std::size_t close = s.value.find('"', 1);
    problem = wrapped ? fmt::format("the double quotes inside this value end it early: YAML reads "
                                    "`{}` as the whole value and cannot read the rest",
                                    s.value.substr(0, close + 1))
                      : "a value that starts with a quote ends at the closing quote, so YAML cannot "
                        "read the text after it";
    remedy = inner.find('\'') == std::string_view::npos
                 ? "put the whole value in single quotes, which keep the double quotes inside it"
                 : "put the whole value in double quotes, with a backslash before each double quote "
                   "inside it";
    value = inner.find('\'') == std::string_view::npos ? single_quoted(inner) : double_quoted(inner);
  } else {
    const std::size_t close = s.value.find('\'', 1);
    problem = wrapped ? fmt::format("the apostrophe in this value ends it early, since the value is "
                                    "in single quotes: YAML reads `{}` as the whole value and cannot "
                                    "read the rest",
                                    s.value.substr(0, close + 1))
                      : "a value that starts with a quote ends at the closing quote, so YAML cannot "
                        "read the text after it";
    remedy = inner.find('"') == std::string_view::npos
                 ? "put the whole value in double quotes, which keep the apostrophe"
                 : "put the whole value in single quotes, with each apostrophe inside it written twice";
    value = inner.find('"') == std::string_view::npos ? double_quoted(inner) : single_quoted(inner);
  }
  c.add(rewrite_value(n, line, s, problem, remedy, value, 0));
}

// Where the quote that was never closed opens: the last line at or before
// `line` with a value that starts with `quote`.
std::uint32_t opening_quote(const Lines& lines, std::uint32_t line, char quote) {
  for (std::uint32_t k = line; k >= 1; --k) {
    const Shape s = shape_of(lines[k]);
    if (s.value.starts_with(quote)) return k;
  }
  return 0;
}

// A quote opened inside a list in brackets and not closed (`[a, "b`): the
// quote closed, then the brackets, at the end of the line.
void unclosed_in_brackets(Context& c, std::uint32_t n, char quote) {
  const std::string_view line = c.line(n);
  std::string closing;
  char in = 0;
  for (char ch : line) {
    if (in != 0) {
      if (ch == in) in = 0;
    } else if (ch == '"' || ch == '\'') {
      in = ch;
    } else if (ch == '[' || ch == '{') {
      closing.insert(closing.begin(), ch == '[' ? ']' : '}');
    } else if ((ch == ']' || ch == '}') && !closing.empty()) {
      closing.erase(closing.begin());
    }
  }
  if (in != quote || closing.empty()) return;
  const std::size_t open = line.rfind(quote);
  c.add({{n, column_of(line, open)},
         fmt::format("this value opens a quote ({0}) that is not closed before the end of its list, so "
                     "YAML reads on into the lines below",
                     quote),
         "close the quote, then the list",
         replace_line(n, std::string(line) + quote + closing), 2});
}

void unclosed_quote(Context& c, std::uint32_t at, char quote) {
  unclosed_in_brackets(c, at, quote);
  const std::uint32_t n = opening_quote(c.lines, at, quote);
  if (n == 0) return;
  const std::string_view line = c.line(n);
  const Shape s = shape_of(line);
  // The closing quote on a later line: the text runs over lines.
  if (const std::uint32_t next = next_content(c.lines, n); next > 0)
    carried_over(c, next, -1);
  c.add(rewrite_value(n, line, s,
                      fmt::format("this value opens a quote ({0}) that is not closed on its line, so "
                                  "YAML reads on into the lines below",
                                  quote),
                      fmt::format("add the closing {} at the end of the value", quote),
                      std::string(s.value) + quote, 2));
}

void bad_escape(Context& c, std::uint32_t n) {
  const std::string_view line = c.line(n);
  const Shape s = shape_of(line);
  if (s.value.size() < 2 || s.value.front() != '"' || s.value.back() != '"') return;
  const std::string_view inner = s.value.substr(1, s.value.size() - 2);
  const std::size_t before = c.out.size();
  const std::string problem =
      "inside double quotes a backslash (`\\`) starts an escape such as `\\n`, and this one is not "
      "an escape YAML knows";
  if (inner.find('\'') == std::string_view::npos)
    c.add(rewrite_value(n, line, s, problem,
                        "write the value in single quotes, where a backslash is only a backslash",
                        single_quoted(inner), 0));
  std::string doubled = "\"";
  for (std::size_t i = 0; i < inner.size(); ++i) {
    doubled += inner[i];
    if (inner[i] == '\\') {
      const char next = i + 1 < inner.size() ? inner[i + 1] : '\0';
      if (next == '"' || next == '\\') doubled += inner[++i];
      else doubled += '\\';
    }
  }
  c.add(rewrite_value(n, line, s, problem, "write each backslash twice", doubled + "\"", 1));
  at_parser_column(c, before);
}

// A value that starts with a character YAML keeps for itself.
void quote_value(Context& c, std::uint32_t n, std::string problem, std::string_view mark) {
  const std::string_view line = c.line(n);
  const Shape s = shape_of(line);
  if (s.value.empty()) return;
  c.add(rewrite_value(n, line, s, std::move(problem),
                      fmt::format("if the {} is part of the text, put the value in quotes", mark),
                      double_quoted(s.value), 0));
}

// `[Draft] Easy read letters`: text after a bracketed value.
void bracketed_value(Context& c, std::uint32_t n) {
  const std::string_view line = c.line(n);
  const Shape s = shape_of(line);
  if (s.value.empty() || (s.value.front() != '[' && s.value.front() != '{')) return;
  const char open = s.value.front();
  c.add(rewrite_value(n, line, s,
                      fmt::format("a value that starts with `{}` is read as {}, which ends at its `{}`, "
                                  "so YAML cannot read the text after it",
                                  open, open == '[' ? "a list" : "a set of `key: value` pairs",
                                  open == '[' ? ']' : '}'),
                      "if the brackets are part of the text, put the value in quotes",
                      double_quoted(s.value), 0));
}

// `*New* clinics`, `* "We went…"`: a value that starts with `*`.
void star_value(Context& c, std::uint32_t n, std::string_view name) {
  const std::string_view line = c.line(n);
  const Shape s = shape_of(line);
  if (!s.value.starts_with('*')) return;
  const std::string_view rest = trim(s.value.substr(1));
  const std::string what =
      name.empty() ? "a value that starts with `*` is read as an alias (a repeat of a value marked "
                     "with `&` earlier in the file), and this one repeats nothing"
                   : fmt::format("a value that starts with `*` is read as an alias (a repeat of a "
                                 "value marked with `&` earlier in the file), and `*{}` repeats nothing",
                                 name);
  if (s.value.size() > 1 && s.value[1] == ' ' && !rest.empty())
    c.add(rewrite_value(n, line, s, what, "if the `*` is a bullet, remove it", std::string(rest), 0));
  c.add(rewrite_value(n, line, s, what, "if the `*` is part of the text, put the value in quotes",
                      double_quoted(s.value), 1));
}

// `groups: - a`: a list on its key's line.
void list_on_key_line(Context& c, std::uint32_t n) {
  const std::string_view line = c.line(n);
  const Shape s = shape_of(line);
  if (s.key.empty() || !(s.value.starts_with("- ") || s.value == "-")) return;
  const std::string key = fmt::format("`{}:`", s.key);
  // The items go where the items below are, or two spaces in.
  std::size_t indent = s.indent + (s.item ? 4 : 2);
  if (const std::uint32_t next = next_content(c.lines, n); next > 0) {
    const Shape below = shape_of(c.line(next));
    if (below.item && below.indent > s.indent) indent = below.indent;
  }
  c.add({{n, column_of(line, std::size_t(s.value.data() - line.data()))},
         fmt::format("a list cannot start on the same line as its key"),
         fmt::format("end the line after {}, and put each item on a line of its own below it, "
                     "indented and starting `- `",
                     key),
         {n, n, {std::string(line.substr(0, std::size_t(s.key.data() - line.data()))) + std::string(s.key) + ":",
                 pad(indent, s.value)}},
         0});
}

// Brackets opened and not closed on a line, outside quotes: positive for `[`.
int open_brackets(std::string_view line, char open, char close, std::size_t& last_open) {
  int depth = 0;
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char ch = line[i];
    if (quote != 0) {
      if (ch == quote) quote = 0;
      continue;
    }
    if ((ch == '"' || ch == '\'') && (i == 0 || std::string_view(" [{,:").find(line[i - 1]) != std::string_view::npos)) {
      quote = ch;
    } else if (ch == '#' && i > 0 && line[i - 1] == ' ') {
      break;
    } else if (ch == open) {
      if (depth >= 0) last_open = i;
      ++depth;
    } else if (ch == close) {
      --depth;
    }
  }
  return depth;
}

// A `[` list or `{` mapping never closed: reported at its opening bracket.
void unclosed_flow(Context& c, std::uint32_t at, char open, char close) {
  for (std::uint32_t n = at; n >= 1 && n + 20 >= at; --n) {
    const std::string_view line = c.line(n);
    std::size_t column = 0;
    if (open_brackets(line, open, close, column) <= 0) continue;
    std::string_view kept = line;
    if (const std::size_t hash = line.find(" #"); hash != std::string_view::npos && hash > column)
      kept = line.substr(0, hash);
    kept = kept.substr(0, kept.find_last_not_of(" \t") + 1);
    // A comma before the end is left out: `[a, b,` becomes `[a, b]`.
    if (kept.ends_with(',')) kept.remove_suffix(1);
    const std::string_view inside = kept.substr(column + 1);
    const Location where{n, column_of(line, column)};
    if (open == '{' && inside.find(':') == std::string_view::npos) {
      std::string fixed(kept);
      fixed[column] = '[';
      c.add({where,
             "this list opens with `{` and is never closed: a list is written in square brackets "
             "(`{` opens a set of `key: value` pairs)",
             "write it as", replace_line(n, fixed + "]"), 0});
    }
    const std::string_view what = open == '[' ? "list" : "set of `key: value` pairs";
    c.add({where,
           fmt::format("this {0} opens with `{1}` and is never closed with `{2}`", what, open, close),
           fmt::format("add the `{}` at its end", close), replace_line(n, std::string(kept) + close), 1});
    return;
  }
}

// The slips whose shape a line shows, whatever the parser said: bullets,
// keys without their colon, text carried over, list items without their
// dash or with one too many; and other indentations.
void by_shape(Context& c, std::uint32_t n) {
  const std::uint32_t first = n > 3 ? n - 3 : 1;
  for (std::uint32_t k = n; k >= first; --k) {
    const int further = int(n - k) * 4;
    bullet_line(c, k, 2 + further);
    missing_colon(c, k, 10 + further);
    carried_over(c, k, 3 + further);
    missing_dash(c, k, 5 + further);
    stray_dash(c, k, 6 + further);
    if (k == 1) break;
  }
  indentation(c, n, 30);
  if (const std::uint32_t m = misindented_line(c.lines, n); m != n) indentation(c, m, 32);
  if (n > 1) indentation(c, previous_content(c.lines, n), 36);
  if (const std::uint32_t next = next_content(c.lines, n); next > 0) missing_dash(c, next, 8);
}

// What the parser's words point to: the corrections they call for, and
// what to say when none of them reads past the error.
struct ByMessage {
  bool (*says)(std::string_view message);
  void (*offer)(Context& c, std::uint32_t line);
  std::string_view otherwise;
};

// The character a value may not start with: "plain scalar cannot start with '@'".
char forbidden_start(std::string_view message) { return message.size() >= 2 ? message[message.size() - 2] : '@'; }

constexpr ByMessage kByMessage[] = {
    {[](std::string_view m) {
       std::string lower;
       for (char ch : m) lower += char(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
       return lower.find("tab") != std::string::npos && lower.find("indent") != std::string::npos;
     },
     tab,
     "this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces, as "
     "many as the lines around it use"},
    {[](std::string_view m) {
       return m == "invalid nested block mapping on the same line" ||
              m == "mapping values are not allowed in this context" || m == "invalid nested block mapping";
     },
     colon_in_value,
     "a colon followed by a space (`: `) inside a value starts a new key; put the value in quotes"},
    {[](std::string_view m) {
       return m == "double-quoted scalar without closing quote" || m == "wrongly indented double-quoted scalar";
     },
     [](Context& c, std::uint32_t n) { unclosed_quote(c, n, '"'); },
     "a value opens a quote (\") that is not closed on its line, so YAML reads on into the lines below: "
     "close it at the end of the value"},
    {[](std::string_view m) {
       return m == "single-quoted scalar without closing quote" || m == "wrongly indented single-quoted scalar";
     },
     [](Context& c, std::uint32_t n) { unclosed_quote(c, n, '\''); },
     "a value opens a quote (') that is not closed on its line, so YAML reads on into the lines below: "
     "close it at the end of the value"},
    {[](std::string_view m) { return m.starts_with("invalid trailing content after double-quoted"); },
     [](Context& c, std::uint32_t n) { quote_inside(c, n, '"'); },
     "a value that starts with a quote ends at the closing quote, so YAML cannot read the text after "
     "it; put the whole value in single quotes"},
    {[](std::string_view m) { return m.starts_with("invalid trailing content after single-quoted"); },
     [](Context& c, std::uint32_t n) { quote_inside(c, n, '\''); },
     "a value that starts with a quote ends at the closing quote, so YAML cannot read the text after "
     "it; put the whole value in double quotes"},
    {[](std::string_view m) { return m == "block sequence on the same line as a mapping key"; },
     list_on_key_line,
     "a list cannot start on the same line as its key: end the line after the key, and put each item "
     "on a line of its own below it, indented and starting `- `"},
    {[](std::string_view m) { return m.starts_with("invalid escape"); },
     bad_escape,
     "inside double quotes a backslash (`\\`) starts an escape such as `\\n`, and this one is not an "
     "escape YAML knows; write the value in single quotes, where a backslash is only a backslash"},
    {[](std::string_view m) { return m == "invalid anchor detected"; },
     [](Context& c, std::uint32_t n) {
       quote_value(c, n,
                   "a value that starts with `&` is read as an anchor (a name for the value that "
                   "follows), and this is not one",
                   "`&`");
     },
     "a value that starts with `&` is read as an anchor (a name for the value that follows); if the "
     "`&` is part of the text, put the value in quotes"},
    {[](std::string_view m) { return m == "invalid alias detected"; },
     [](Context& c, std::uint32_t n) { star_value(c, n, {}); },
     "a value that starts with `*` is read as an alias (a repeat of a value marked with `&` earlier in "
     "the file); if the `*` is part of the text, put the value in quotes"},
    {[](std::string_view m) { return m.starts_with("plain scalar cannot start with"); },
     [](Context& c, std::uint32_t n) {
       const char which = forbidden_start(c.error.message);
       const std::string mark = which == '`' ? "a backquote (`` ` ``)" : fmt::format("`{}`", which);
       quote_value(c, n, fmt::format("YAML does not let a value start with {}", mark),
                   which == '`' ? "backquote" : mark);
     },
     "YAML does not let a value start with this character: put the value in quotes"},
    {[](std::string_view m) { return m == "block scalar no linebreak found" || m.starts_with("invalid block scalar"); },
     [](Context& c, std::uint32_t n) {
       quote_value(c, n,
                   "`|` and `>` at the start of a value begin a block of text on the lines below, so "
                   "nothing can follow them on their line",
                   "`|` or `>`");
     },
     "`|` and `>` at the start of a value begin a block of text on the lines below, so nothing can "
     "follow them on their line; if the text starts with one, put the value in quotes"},
    {[](std::string_view m) { return m.starts_with("invalid value after"); },
     bracketed_value,
     "a value that starts with `[` or `{` is read as a list or a set of `key: value` pairs, which ends "
     "at its closing bracket, so YAML cannot read the text after it; if the brackets are part of the "
     "text, put the value in quotes"},
    {[](std::string_view m) { return m.starts_with("invalid mapping key"); },
     [](Context& c, std::uint32_t n) { quote_value(c, n, "a value that starts with `? ` is read as a key", "`?`"); },
     "a value that starts with `? ` is read as a key; if the `?` is part of the text, put the value in "
     "quotes"},
    {[](std::string_view m) { return m.find("flow sequence") != std::string_view::npos; },
     [](Context& c, std::uint32_t n) { unclosed_flow(c, n, '[', ']'); },
     "a list in square brackets `[ ]` is not closed, or its items are not separated by commas: close "
     "it with `]` at its end, or write it as lines starting `- `"},
    {[](std::string_view m) { return m.find("flow mapping") != std::string_view::npos; },
     [](Context& c, std::uint32_t n) { unclosed_flow(c, n, '{', '}'); },
     "a set of `key: value` pairs in braces `{ }` is not closed, or its pairs are not separated by "
     "commas: close it with `}` at its end"},
};

// The candidates for what the parser said, then those of the shape of the
// lines; and what to say when none of them reads past the error.
std::string candidates(Context& c) {
  const std::uint32_t n = c.error.at.line;
  switch (c.error.kind) {
    case ParserError::Kind::nbsp_indentation:
      nbsp(c, n);
      return "this line is indented with a non-breaking space (often pasted from Word or a web page), "
             "which YAML does not read as a space: replace it with an ordinary space";
    case ParserError::Kind::unknown_alias:
      star_value(c, n, c.error.message);
      bullet_line(c, n, 5);
      return fmt::format("a value that starts with `*` is read as an alias (a repeat of a value "
                         "marked with `&` earlier in the file), and `*{}` repeats nothing; if the "
                         "`*` is part of the text, put the value in quotes",
                         c.error.message);
    case ParserError::Kind::parser: break;
  }
  std::string otherwise;
  for (const ByMessage& by : kByMessage) {
    if (!by.says(c.error.message)) continue;
    by.offer(c, n);
    if (otherwise.empty()) otherwise = by.otherwise;
  }
  by_shape(c, n);
  return otherwise;
}

constexpr std::string_view kLost =
    "YAML cannot read the file from here: look on this line and the one above it for a key without "
    "its colon, a list item without its `- `, a quote or bracket that is not closed, or a line that "
    "does not line up with the lines around it";

}  // namespace

namespace {

// Tries corrections by reading the text again with each made; `budget` is
// how many more readings may be spent, so a large file costs a bounded time.
class Trial {
 public:
  Trial(std::string_view text, const ParserError& error, const Reread& reread, std::size_t& budget)
      : text_(text), error_(error), reread_(reread), budget_(budget) {}

  // How far the text reads with `c` made, as a line of the text before it;
  // nothing when it does not read past the error.
  std::optional<std::uint32_t> reach(const Correction& c) {
    if (budget_ == 0 || c.first == 0 || c.last < c.first) return std::nullopt;
    --budget_;
    const std::optional<ParserError> next = reread_(corrected(text_, c));
    if (!next) return kEnd;
    const std::int64_t added = std::int64_t(c.lines.size());
    const std::int64_t removed = std::int64_t(c.last - c.first + 1);
    const std::int64_t line = next->at.line;
    if (line < std::int64_t(c.first) + added) return std::nullopt;  // within, or before, the correction
    const std::int64_t before = line - added + removed;
    const std::int64_t was = error_.at.line;
    if (before < was || (before == was && next->message == error_.message && next->kind == error_.kind))
      return std::nullopt;
    return std::uint32_t(before);
  }

 private:
  std::string_view text_;
  const ParserError& error_;
  const Reread& reread_;
  std::size_t& budget_;
};

struct Explained {
  Error error;
  bool corrected = false;
};

Explained explain(const ParserError& error, std::string_view text, const Reread& reread,
                  const KnownKey& known_key, std::size_t& budget,
                  const std::function<std::uint32_t(std::uint32_t)>& written_line) {
  const Lines lines(text);
  std::vector<Candidate> found;
  Context context{lines, error, known_key, found, written_line};
  std::string otherwise = candidates(context);
  // The likeliest of those that read past the error; of two as likely, the
  // one that reads further. (Reading furthest is no test on its own: with
  // another mistake close below, a wrong correction can read a line further.)
  Trial trial(text, error, reread, budget);
  std::stable_sort(found.begin(), found.end(),
                   [](const Candidate& a, const Candidate& b) { return a.rank < b.rank; });
  const Candidate* best = nullptr;
  std::uint32_t best_reach = 0;
  std::vector<Correction> tried;
  for (const Candidate& c : found) {
    if (best != nullptr && c.rank > best->rank) break;
    if (std::any_of(tried.begin(), tried.end(), [&](const Correction& t) {
          return t.first == c.correction.first && t.last == c.correction.last && t.lines == c.correction.lines;
        }))
      continue;
    tried.push_back(c.correction);
    const auto reach = trial.reach(c.correction);
    if (!reach || (best != nullptr && *reach <= best_reach)) continue;
    best = &c;
    best_reach = *reach;
  }
  if (best != nullptr) {
    // "write it as `…`", "put the value in quotes: `…`"
    const bool runs_on = best->remedy.ends_with(" as") || best->remedy.ends_with(" write");
    const std::string written = best->first_line_only
                                    ? shown({best->correction.first, best->correction.first,
                                             {best->correction.lines.front()}}) + ", and so on"
                                    : shown(best->correction);
    std::string message = fmt::format("{}; {}{}{}", best->problem, best->remedy, runs_on ? " " : ": ", written);
    return {{best->at, std::move(message), ErrorKind::syntax, {best->correction}}, true};
  }
  if (otherwise.empty()) otherwise = kLost;
  return {{error.at, std::move(otherwise), ErrorKind::syntax}, false};
}

// Whether line `n` stands alone: it has something on it, and the line after
// it is not inside it (indented further), so leaving it out changes nothing
// else.
bool stands_alone(const Lines& lines, std::uint32_t n) {
  const std::string_view line = lines[n];
  if (blank_or_comment(line)) return false;
  const Shape s = shape_of(line);
  if (s.value.empty() || std::string_view("\"'|>[{").find(s.value.front()) != std::string_view::npos)
    return false;
  const std::uint32_t next = next_content(lines, n);
  return next == 0 || indent_of(lines[next]) <= s.indent;
}

// Whether a correction changes the shape of the text: a line's indentation
// or its `- `, or lines added. Joining lines of text into one does not.
bool reshapes(const Lines& lines, const Correction& c) {
  const std::size_t before = c.last - c.first + 1;
  if (c.lines.size() < before) return false;
  if (c.lines.size() > before) return true;
  for (std::size_t i = 0; i < before; ++i) {
    const std::string_view old_line = lines[c.first + std::uint32_t(i)];
    const std::string_view new_line = c.lines[i];
    if (leading_blanks(old_line) != indent_of(new_line) || indent_of(old_line) != indent_of(new_line) ||
        shape_of(old_line).item != shape_of(new_line).item)
      return true;
  }
  return false;
}

// How many times a text may be read again to explain its errors: many for
// a proposal, a few for a file of megabytes, so that the time stays a small
// multiple of one reading.
std::size_t rereadings(std::string_view text) {
  return std::clamp<std::size_t>((16u << 20) / (text.size() + 1), 4, 100);
}

}  // namespace

std::optional<Location> nbsp_indentation(std::string_view text) {
  std::uint32_t line = 1;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t i = start;
    std::uint32_t column = 1;
    // Spaces, then a non-breaking space, at the start of the line.
    while (i < text.size() && text[i] == ' ') {
      ++i;
      ++column;
    }
    if (text.substr(i).starts_with(kNbsp)) return Location{line, column};
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) break;
    start = end + 1;
    ++line;
  }
  return std::nullopt;
}

std::string corrected(std::string_view text, const Correction& c) {
  std::string out;
  out.reserve(text.size() + 64);
  std::uint32_t line = 1;
  std::size_t start = 0;
  bool replaced = false;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    const bool last = end == std::string_view::npos;
    if (last) end = text.size();
    const std::string_view ending = last ? "" : (end > start && text[end - 1] == '\r' ? "\r\n" : "\n");
    const std::size_t content_end = ending == "\r\n" ? end - 1 : end;
    if (line >= c.first && line <= c.last) {
      if (!replaced) {
        for (std::size_t i = 0; i < c.lines.size(); ++i) {
          out += c.lines[i];
          if (i + 1 < c.lines.size()) out += ending.empty() ? "\n" : ending;
        }
        replaced = true;
      }
      if (line == c.last && !(c.lines.empty() && last)) out += ending;
    } else {
      out.append(text.substr(start, content_end - start));
      out += ending;
    }
    if (last) break;
    start = end + 1;
    ++line;
  }
  return out;
}

Error explain_syntax(const ParserError& error, std::string_view text, const Reread& reread,
                     const KnownKey& known_key) {
  std::size_t budget = rereadings(text);
  return explain(error, text, reread, known_key, budget, [](std::uint32_t n) { return n; }).error;
}

namespace {

// A text read again and again, a syntax error at a time: the text as
// corrected so far, and for each of its lines the line of the text as given
// that it comes from.
class Reading {
 public:
  explicit Reading(std::string_view text) : lines_(text), current_(text) {
    origin_.reserve(lines_.count());
    for (std::uint32_t n = 1; n <= lines_.count(); ++n) origin_.push_back({n, false});
  }

  const std::string& current() const { return current_; }
  std::uint32_t lines() const { return std::uint32_t(origin_.size()); }

  // Line `n` of the text as corrected so far, as its writer numbers it.
  std::uint32_t given_line(std::uint32_t n) const {
    return n >= 1 && n <= origin_.size() ? origin_[n - 1].line : n;
  }

  // A correction of the text as corrected so far, in the lines of the text
  // as given; nothing when it rewrites lines an earlier correction wrote.
  std::optional<Correction> as_given(const Correction& c) const {
    if (c.first < 1 || c.last > origin_.size()) return std::nullopt;
    for (std::uint32_t k = c.first; k <= c.last; ++k)
      if (origin_[k - 1].written) return std::nullopt;
    return Correction{origin_[c.first - 1].line, origin_[c.last - 1].line, c.lines};
  }

  // The line of an earlier error that an error on `line` (as given) may
  // follow from: one set aside uncorrected, or one whose correction changed
  // the shape of the part of the file `line` is in (an indentation, a list
  // item's `- `), in case that correction was not the one meant.
  std::optional<std::uint32_t> follows(std::uint32_t line) const {
    if (set_aside_) return set_aside_;
    for (const Reshaped& r : reshaped_) {
      if (line <= r.line) continue;
      bool inside = indent_of(lines_[line]) >= r.indent;
      for (std::uint32_t k = r.line + 1; k < line && inside; ++k)
        inside = blank_or_comment(lines_[k]) || indent_of(lines_[k]) >= r.indent;
      if (inside) return r.line;
    }
    return std::nullopt;
  }

  // Reads on with `c` made, for the error on `line` (as given).
  void corrected_at(std::uint32_t line, const Correction& c) {
    if (!c.lines.empty() && reshapes(Lines(current_), c)) reshaped_.push_back({line, indent_of(c.lines.front())});
    read_on(c);
  }

  // Reads on with line `n` left out, for the error on `line` (as given);
  // false when the line does not stand alone, so leaving it out could
  // change how the lines after it read.
  bool set_aside(std::uint32_t line, std::uint32_t n) {
    const Lines lines(current_);
    if (n < 1 || n > lines.count() || !stands_alone(lines, n)) return false;
    if (!set_aside_) set_aside_ = line;
    read_on({n, n, {""}});
    return true;
  }

 private:
  struct Origin {
    std::uint32_t line;
    bool written;  // by a correction
  };
  struct Reshaped {
    std::uint32_t line;
    std::size_t indent;
  };

  void read_on(const Correction& c) {
    current_ = corrected(current_, c);
    std::vector<Origin> updated(origin_.begin(), origin_.begin() + (c.first - 1));
    for (std::size_t i = 0; i < c.lines.size(); ++i) updated.push_back({origin_[c.first - 1].line, true});
    updated.insert(updated.end(), origin_.begin() + c.last, origin_.end());
    origin_ = std::move(updated);
  }

  Lines lines_;  // of the text as given
  std::string current_;
  std::vector<Origin> origin_;
  std::vector<Reshaped> reshaped_;
  std::optional<std::uint32_t> set_aside_;
};

}  // namespace

std::vector<Error> explain_syntax_errors(std::string_view text, const Reread& reread,
                                         const KnownKey& known_key, std::size_t max) {
  std::vector<Error> out;
  std::size_t budget = rereadings(text) * 4;
  Reading reading(text);
  while (out.size() < max && budget > 0) {
    --budget;
    const std::optional<ParserError> error = reread(reading.current());
    if (!error) break;
    Explained explained = explain(*error, reading.current(), reread, known_key, budget,
                                  [&](std::uint32_t n) { return reading.given_line(n); });
    Error& e = explained.error;
    if (e.at.line < 1 || e.at.line > reading.lines()) break;
    const Correction made = explained.corrected ? e.corrections.front() : Correction{};
    e.corrections.clear();
    if (explained.corrected)
      if (const auto given = reading.as_given(made)) e.corrections.push_back(*given);
    e.at.line = reading.given_line(e.at.line);
    if (const auto earlier = reading.follows(e.at.line))
      e.message += fmt::format(" (this may follow from the mistake on line {})", *earlier);
    if (!out.empty() && (e.at.line < out.back().at.line ||
                         (e.at.line == out.back().at.line && e.message == out.back().message)))
      break;
    const std::uint32_t line = e.at.line;
    out.push_back(std::move(e));
    // Read on: with the correction made, or with the line left out.
    if (explained.corrected) reading.corrected_at(line, made);
    else if (!reading.set_aside(line, error->at.line)) break;
  }
  return out;
}

namespace {

// A slip's line, and its text within it when it is all on that line.
struct SlipText {
  std::uint32_t n;
  std::string_view line;
  bool on_line = false;
  std::size_t from = 0;
  std::string_view written_as;

  SlipText(const Slip& slip, const Lines& lines, std::string_view text) : n(slip.at.line), line(lines[n]) {
    const std::size_t start = std::size_t(line.data() - text.data());
    on_line = slip.length > 0 && slip.offset >= start && slip.offset + slip.length <= start + line.size();
    from = on_line ? slip.offset - start : 0;
    written_as = on_line ? line.substr(from, slip.length) : std::string_view();
  }

  // The line with the slip's text written as `replacement`.
  Correction with(std::string_view replacement) const {
    std::string fixed(line);
    fixed.replace(from, written_as.size(), replacement);
    return replace_line(n, std::move(fixed));
  }
};

void dropped_comment(const SlipText& t, Error& e) {
  const Shape s = shape_of(t.line);
  std::string_view value = s.value;
  if (s.key.empty() && !s.item) {
    e.message = "the text from this `#` on is dropped: in YAML a space then `#` starts a comment; if it "
                "is part of the value, put the whole value in quotes";
    return;
  }
  const bool curly = (value.starts_with(kLeftDouble) && value.ends_with(kRightDouble)) ||
                     (value.starts_with(kLeftSingle) && value.ends_with(kRightSingle));
  // (The curly quotes are three bytes each, left and right, double and single.)
  if (curly) value = value.substr(kLeftDouble.size(), value.size() - kLeftDouble.size() - kRightDouble.size());
  const Correction c = replace_line(t.n, head_of(t.line, s) + double_quoted(value));
  e.message = curly ? fmt::format("the curly quotes \xE2\x80\x9C \xE2\x80\x9D around this value are not quotes "
                                  "to YAML (a word processor puts them in), so the text from this `#` on is "
                                  "dropped as a comment; use straight quotes: {}",
                                  shown(c))
                    : fmt::format("the text from this `#` on is dropped: in YAML a space then `#` starts a "
                                  "comment; if it is part of the value, put the whole value in quotes: {}",
                                  shown(c));
  e.corrections.push_back(c);
}

void curly_quotes(const SlipText& t, Error& e) {
  e.message = "the curly quotes \xE2\x80\x9C \xE2\x80\x9D around this value are not quotes to YAML (a word "
              "processor puts them in), so they are kept as part of the text";
  if (!t.on_line) return;
  std::string_view inner = t.written_as;
  for (std::string_view q : {kLeftDouble, kLeftSingle})
    if (inner.starts_with(q)) inner.remove_prefix(q.size());
  for (std::string_view q : {kRightDouble, kRightSingle})
    if (inner.ends_with(q)) inner.remove_suffix(q.size());
  const Correction straight = t.with(quoted(inner));
  const Correction kept = t.with(single_quoted(t.written_as));
  e.message += fmt::format("; if they only mark the value, write straight quotes: {}; if they are "
                           "quotation marks to keep, put straight quotes around them: {}",
                           shown(straight), shown(kept));
  e.corrections = {straight, kept};
}

void tag(const SlipText& t, Error& e) {
  e.message = "a value that starts with `!` is read as a tag (a type for the value), and the word after "
              "the `!` is dropped from the text";
  if (!t.on_line) return;
  const Correction c = t.with(double_quoted(t.written_as));
  e.message += fmt::format("; if the `!` is part of the text, put the value in quotes: {}", shown(c));
  e.corrections.push_back(c);
}

void bullet(const SlipText& t, bool key, Error& e) {
  e.message = key ? fmt::format("this key starts with a bullet pasted from a word processor, so YAML reads "
                                "the key as `{}`",
                                shape_of(t.line).key)
                  : "this list item starts with a bullet as well as its `- ` (a word processor's list "
                    "pasted in), and the bullet is kept as part of the text";
  if (!t.on_line) return;
  const Correction c = t.with("");
  e.message += fmt::format("; remove the bullet: {}", shown(c));
  e.corrections.push_back(c);
}

void missing_dash(const SlipText& t, Error& e) {
  const std::size_t indent = indent_of(t.line);
  e.message = "this line starts a new item of the list, as the item above starts, but has no `- `, so "
              "YAML reads it as the same item again";
  if (indent < 2) return;
  const Correction c = replace_line(t.n, pad(indent - 2, "- " + std::string(t.line.substr(indent))));
  e.message += fmt::format("; write it as {}", shown(c));
  e.corrections.push_back(c);
}

}  // namespace

std::vector<Error> explain_slips(const std::vector<Slip>& slips, std::string_view text) {
  std::vector<Error> out;
  if (slips.empty()) return out;
  const Lines lines(text);
  for (const Slip& slip : slips) {
    const SlipText t(slip, lines, text);
    Error e{slip.at, {}, ErrorKind::format};
    switch (slip.kind) {
      case Slip::Kind::dropped_comment: dropped_comment(t, e); break;
      case Slip::Kind::curly_quotes: curly_quotes(t, e); break;
      case Slip::Kind::tag: tag(t, e); break;
      case Slip::Kind::bullet: bullet(t, false, e); break;
      case Slip::Kind::bulleted_key: bullet(t, true, e); break;
      case Slip::Kind::missing_dash: missing_dash(t, e); break;
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace coprod::yaml
