#include "load/yaml_syntax.h"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace coprod::yaml {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";
constexpr std::string_view kSmartQuotes[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98",
                                             "\xE2\x80\x99"};

// Line `n` (1-based) of `text`, without its line break; empty past the end.
std::string_view line_at(std::string_view text, std::uint32_t n) {
  std::size_t start = 0;
  for (std::uint32_t i = 1; i < n; ++i) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) return {};
    start = end + 1;
  }
  std::string_view line = text.substr(start);
  line = line.substr(0, line.find('\n'));
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line;
}

std::size_t indent_of(std::string_view line) {
  const std::size_t n = line.find_first_not_of(' ');
  return n == std::string_view::npos ? line.size() : n;
}

bool blank_or_comment(std::string_view line) {
  const std::size_t n = line.find_first_not_of(" \t");
  return n == std::string_view::npos || line[n] == '#';
}

std::string_view trim(std::string_view s) {
  const std::size_t a = s.find_first_not_of(" \t");
  if (a == std::string_view::npos) return {};
  const std::size_t b = s.find_last_not_of(" \t");
  return s.substr(a, b - a + 1);
}

std::string spaces(std::size_t n) {
  if (n == 0) return "no spaces";
  return n == 1 ? "1 space" : fmt::format("{} spaces", n);
}

// The key and the value of a `key: value` line (or of a `- key: value` item);
// no key when the line holds none.
struct KeyValue {
  std::string_view key;
  std::string_view value;
};

KeyValue split(std::string_view line) {
  std::string_view rest = trim(line);
  if (rest.starts_with("- ")) rest = trim(rest.substr(2));
  const std::size_t colon = rest.find(": ");
  if (colon == std::string_view::npos) return {{}, rest};
  return {trim(rest.substr(0, colon)), trim(rest.substr(colon + 2))};
}

// `text` with curly quotes made straight.
std::string straighten(std::string_view text) {
  std::string out(text);
  for (std::string_view quote : kSmartQuotes) {
    const std::string_view straight = quote == kSmartQuotes[0] || quote == kSmartQuotes[1] ? "\"" : "'";
    for (std::size_t at = out.find(quote); at != std::string::npos; at = out.find(quote, at))
      out.replace(at, quote.size(), straight);
  }
  return out;
}

bool has_smart_quotes(std::string_view text) {
  return std::any_of(std::begin(kSmartQuotes), std::end(kSmartQuotes),
                     [&](std::string_view q) { return text.find(q) != std::string_view::npos; });
}

// The value in double quotes, as YAML reads it back: `"` and `\` escaped.
std::string double_quoted(std::string_view value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// `key: "value"`, the line as it should be written.
std::string quoted_line(const KeyValue& kv, std::string_view value) {
  if (kv.key.empty()) return double_quoted(value);
  return fmt::format("{}: {}", kv.key, double_quoted(value));
}

// The indentations a line could line up with: those of the keys it could
// belong beside, nearest first (the lines above it, each less indented than
// the one before).
std::vector<std::pair<std::size_t, std::uint32_t>> open_indents(std::string_view text,
                                                                std::uint32_t line) {
  std::vector<std::pair<std::size_t, std::uint32_t>> out;  // indentation, line
  std::size_t below = std::string_view::npos;
  for (std::uint32_t n = line; n-- > 1;) {
    const std::string_view above = line_at(text, n);
    if (blank_or_comment(above)) continue;
    const std::size_t indent = indent_of(above);
    if (indent >= below) continue;
    // The keys of a list item (`- id: a`) start after its `- `.
    if (above.substr(indent).starts_with("- ") && indent + 2 < below) out.emplace_back(indent + 2, n);
    out.emplace_back(indent, n);
    below = indent;
    if (indent == 0) break;
  }
  return out;
}

// The first line at or after `from` that is indented differently from `from`
// and is not text carried over from the line before.
std::uint32_t misindented_line(std::string_view text, std::uint32_t from) {
  const std::size_t indent = indent_of(line_at(text, from));
  for (std::uint32_t n = from + 1; n <= from + 50; ++n) {
    const std::string_view line = line_at(text, n);
    if (line.empty() && n > from + 1 && line_at(text, n + 1).empty()) break;
    if (blank_or_comment(line)) continue;
    if (indent_of(line) != indent) return n;
  }
  return from;
}

Error indentation(Location at, std::string_view text, bool deeper) {
  const std::uint32_t n = deeper ? misindented_line(text, at.line) : at.line;
  const std::string_view line = line_at(text, n);
  const std::size_t indent = indent_of(line);
  const KeyValue kv = split(line);
  const std::string what = kv.key.empty() ? "this line" : fmt::format("`{}:`", kv.key);
  std::vector<std::string> choices;
  for (const auto& [width, where] : open_indents(text, n)) {
    const KeyValue other = split(line_at(text, where));
    if (width == indent) continue;
    const std::string_view shown = trim(line_at(text, where));
    std::string like = other.key.empty() ? std::string(shown) : fmt::format("{}:", other.key);
    if (shown.starts_with("- ") && width == indent_of(line_at(text, where))) like = "-";
    choices.push_back(fmt::format("{} (like `{}` on line {})",
                                  width == 0 ? "not at all" : "by " + spaces(width), like, where));
    if (choices.size() == 2) break;
  }
  std::string fix;
  if (choices.size() == 1) fix = fmt::format("; indent {} {}", what, choices[0]);
  if (choices.size() == 2) fix = fmt::format("; indent {} {}, or {}", what, choices[0], choices[1]);
  return {{n, std::uint32_t(indent + 1)},
          fmt::format("this line is indented by {}, which does not line up with the lines above "
                      "it: keys of the same section start in the same column{}",
                      spaces(indent), fix),
          ErrorKind::syntax};
}

// Where the quote that was never closed opens: the last line at or before
// `line` with a value that starts with `quote`.
Location opening_quote(std::string_view text, std::uint32_t line, char quote) {
  for (std::uint32_t n = line; n >= 1; --n) {
    const std::string_view l = line_at(text, n);
    const KeyValue kv = split(l);
    if (kv.value.starts_with(quote)) {
      const std::size_t column = std::size_t(kv.value.data() - l.data());
      return {n, std::uint32_t(column + 1)};
    }
  }
  return {line, 1};
}

Error unclosed_quote(Location at, std::string_view text, char quote) {
  const Location open = opening_quote(text, at.line, quote);
  const std::string_view line = line_at(text, open.line);
  const KeyValue kv = split(line);
  const std::string fixed =
      fmt::format("{}{}{}", kv.key.empty() ? "" : fmt::format("{}: ", kv.key), trim(kv.value), quote);
  return {open,
          fmt::format("this value opens a quote ({0}) that is not closed on its line, so YAML "
                      "reads on into the lines below: add the closing {0} at the end of the "
                      "value: `{1}`",
                      quote, fixed),
          ErrorKind::syntax};
}

Error nested_mapping(Location at, std::string_view text) {
  const std::string_view line = line_at(text, at.line);
  const KeyValue kv = split(line);
  if (has_smart_quotes(kv.value)) {
    const std::string fixed = straighten(kv.value);
    return {at,
            fmt::format("the curly quotes “ ” in this value are not quotes to YAML (a word "
                        "processor puts them in), so the colon (`: `) inside it starts a new key; "
                        "use straight quotes: `{}{}`",
                        kv.key.empty() ? "" : fmt::format("{}: ", kv.key), fixed),
            ErrorKind::syntax};
  }
  return {at,
          fmt::format("a colon followed by a space (`: `) inside a value starts a new key, so "
                      "YAML cannot read this line; put the value in quotes: `{}`",
                      quoted_line(kv, kv.value)),
          ErrorKind::syntax};
}

Error same_line_list(Location at, std::string_view text) {
  const KeyValue kv = split(line_at(text, at.line));
  const std::string key = kv.key.empty() ? "the key" : fmt::format("`{}:`", kv.key);
  return {at,
          fmt::format("a list cannot start on the same line as its key: end the line after {}, "
                      "and put each item on a line of its own below it, indented and starting "
                      "`- `",
                      key),
          ErrorKind::syntax};
}

Error bad_escape(Location at, std::string_view text) {
  const std::string_view line = line_at(text, at.line);
  const KeyValue kv = split(line);
  std::string_view value = kv.value;
  std::string fix;
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"' &&
      value.find('\'') == std::string_view::npos) {
    value = value.substr(1, value.size() - 2);
    fix = fmt::format(": `{}'{}'`", kv.key.empty() ? "" : fmt::format("{}: ", kv.key), value);
  }
  return {at,
          fmt::format("inside double quotes a backslash (`\\`) starts an escape such as `\\n`, "
                      "and this one is not an escape YAML knows; write the value in single "
                      "quotes, where a backslash is only a backslash{}",
                      fix),
          ErrorKind::syntax};
}

Error bad_anchor(Location at, std::string_view text) {
  const std::string_view line = line_at(text, at.line);
  const KeyValue kv = split(line);
  if (kv.value.starts_with('&')) at.column = std::uint32_t(kv.value.data() - line.data() + 1);
  return {at,
          fmt::format("a value that starts with `&` is read as an anchor (a name for the value "
                      "that follows), and this is not one; if the `&` is part of the text, put "
                      "the value in quotes: `{}`",
                      quoted_line(kv, kv.value)),
          ErrorKind::syntax};
}

// A `[` list or `{` mapping never closed: reported at its opening bracket,
// the last one before where the parser gave up.
Error unclosed_flow(Location at, std::string_view text, char open, char close) {
  Location where = at;
  for (std::uint32_t n = at.line; n >= 1; --n) {
    const std::string_view line = line_at(text, n);
    const std::size_t column = n == at.line ? line.substr(0, at.column).rfind(open) : line.rfind(open);
    if (column != std::string_view::npos) {
      where = {n, std::uint32_t(column + 1)};
      break;
    }
  }
  const std::string_view what = open == '[' ? "list" : "set of `key: value` pairs";
  return {where,
          fmt::format("this {0} opens with `{1}` and is never closed with `{2}`: add the `{2}` "
                      "at its end, or write it as lines without brackets",
                      what, open, close),
          ErrorKind::syntax};
}

}  // namespace

std::optional<Error> check_indentation(std::string_view text) {
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
    if (text.substr(i).starts_with(kNbsp))
      return Error{{line, column},
                   "this line is indented with a non-breaking space (often pasted from Word or "
                   "a web page), which YAML does not read as a space: replace it with an "
                   "ordinary space",
                   ErrorKind::syntax};
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) break;
    start = end + 1;
    ++line;
  }
  return std::nullopt;
}

Error explain_syntax(std::string_view message, Location at, std::string_view text) {
  if (message.find("tab") != std::string_view::npos &&
      message.find("indent") != std::string_view::npos) {
    return {{at.line, 1},
            "this line is indented with a tab: YAML indents with spaces only; replace the tab "
            "with spaces, as many as the lines around it use",
            ErrorKind::syntax};
  }
  if (message == "invalid indentation in mapping" || message == "invalid indentation in sequence" ||
      message == "wrong indendation in sequence while in mapping" ||
      (message.starts_with("invalid ") && message.ends_with(" indent for mapping")) ||
      (message.starts_with("wrongly indented") && message.find("quoted") == std::string_view::npos))
    return indentation(at, text, false);
  if (message == "invalid multiline plain key" || message == "invalid multiline plain scalar")
    return indentation(at, text, true);
  if (message == "invalid nested block mapping on the same line" ||
      message == "mapping values are not allowed in this context" ||
      message == "invalid nested block mapping")
    return nested_mapping(at, text);
  if (message == "double-quoted scalar without closing quote" ||
      message == "wrongly indented double-quoted scalar")
    return unclosed_quote(at, text, '"');
  if (message == "single-quoted scalar without closing quote" ||
      message == "wrongly indented single-quoted scalar")
    return unclosed_quote(at, text, '\'');
  if (message == "block sequence on the same line as a mapping key") return same_line_list(at, text);
  if (message.starts_with("invalid escape")) return bad_escape(at, text);
  if (message == "invalid anchor detected") return bad_anchor(at, text);
  if (message == "flow sequence without a closing bracket") return unclosed_flow(at, text, '[', ']');
  if (message == "flow mapping without a closing brace") return unclosed_flow(at, text, '{', '}');
  return {at, fmt::format("this is not valid YAML: {}", message), ErrorKind::syntax};
}

Error explain_unknown_alias(Location at, std::string_view name, std::string_view text) {
  const KeyValue kv = split(line_at(text, at.line));
  std::string fix;
  if (kv.value.starts_with('*')) fix = fmt::format(": `{}`", quoted_line(kv, kv.value));
  return {at,
          fmt::format("a value that starts with `*` is read as an alias (a repeat of a value "
                      "marked with `&` earlier in the file), and `*{}` repeats nothing; if the "
                      "`*` is part of the text, put the value in quotes{}",
                      name, fix),
          ErrorKind::syntax};
}

Error explain_dropped_comment(Location at, std::string_view text) {
  const std::string_view line = line_at(text, at.line);
  const KeyValue kv = split(line);
  return {at,
          fmt::format("the text from this `#` on is dropped: in YAML a space then `#` starts a "
                      "comment; if it is part of the value, put the whole value in quotes: `{}`",
                      quoted_line(kv, trim(kv.value))),
          ErrorKind::format};
}

}  // namespace coprod::yaml
