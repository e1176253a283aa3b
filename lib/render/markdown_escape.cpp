#include "render/markdown_escape.h"

#include <algorithm>

#include "core/ascii.h"

namespace coprod {
namespace {

// The escaping is as light as safety allows, because board papers are made
// in Word: a Markdown appendix is pasted as plain text, where every
// backslash and entity shows. So a character is escaped only where Markdown
// (CommonMark with GitHub's tables, strikethrough and autolinks, bare
// addresses among them) would read
// it as syntax there, and never as an HTML entity: `A&E` stays `A&E`.

// A letter or digit of a word, to emphasis and underscores: any byte of a
// character beyond ASCII counts, as in CommonMark's Unicode classes.
bool is_word(char c) { return ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim_end(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' ||
                           text.back() == '\t'))
    text.remove_suffix(1);
  return text;
}

// The character before and after text[i], as a space at either end (the
// text sits between other words, so an end counts as a word boundary).
char before(std::string_view text, std::size_t i) { return i == 0 ? ' ' : text[i - 1]; }
char after(std::string_view text, std::size_t i) { return i + 1 < text.size() ? text[i + 1] : ' '; }

// `&name;`, `&#123;` or `&#x1F;`: an entity a renderer would decode.
bool starts_entity(std::string_view text, std::size_t i) {
  std::size_t j = i + 1;
  if (j < text.size() && text[j] == '#') ++j;
  const std::size_t first = j;
  while (j < text.size() && ascii::is_alnum(text[j])) ++j;
  return j > first && j < text.size() && text[j] == ';';
}

// A `[` whose `]` is followed by `(`, `[` or `:` makes a link; one with no
// `]` in this text might meet one in the text that follows, so it is escaped.
bool opens_link(std::string_view text, std::size_t i) {
  const std::size_t close = text.find(']', i + 1);
  if (close == std::string_view::npos) return true;
  const char next = after(text, close);
  return next == '(' || next == '[' || next == ':';
}

// GitHub-flavoured Markdown makes links of bare addresses too (its autolink
// extension): `https://…` and other schemes, `www.…`, and e-mail addresses.
// Escaping one character of each (the `:` of `://`, the `.` of `www.`, the
// `@`) leaves the words as they were and the address as plain text.
bool starts_scheme_separator(std::string_view text, std::size_t i) {
  return i > 0 && ascii::is_alpha(text[i - 1]) && text.substr(i, 3) == "://";
}

bool ends_www(std::string_view text, std::size_t i) {
  if (i < 3) return false;
  for (std::size_t j = i - 3; j < i; ++j)
    if (ascii::to_lower(text[j]) != 'w') return false;
  return !is_word(before(text, i - 3));
}

bool joins_mail_address(std::string_view text, std::size_t i) {
  const char b = before(text, i);
  return (ascii::is_alnum(b) || b == '.' || b == '-' || b == '_' || b == '+') &&
         ascii::is_alnum(after(text, i));
}

// Whether the character at text[i], inside a line, would be read as syntax.
bool inline_syntax(std::string_view text, std::size_t i) {
  const char c = text[i], b = before(text, i), a = after(text, i);
  switch (c) {
    case '\\': return true;
    case '`': return true;
    case '|': return true;  // a table cell's end
    case '*': return !(is_space(b) && is_space(a));
    case '_': return !(is_space(b) && is_space(a)) && !(is_word(b) && is_word(a));
    case '~': return !is_space(a) || b == '~';
    case '[': return opens_link(text, i);
    case '<': return a == '/' || a == '!' || a == '?' || ascii::is_alnum(a);
    case '&': return starts_entity(text, i);
    case ':': return starts_scheme_separator(text, i);
    case '.': return ends_www(text, i);
    case '@': return joins_mail_address(text, i);
    default: return false;
  }
}

// Whether text[i], the first character on a line, starts a heading, list,
// quote, rule or setext underline. Returns the length of the marker (the
// digits and `.` of "12. ") or 0.
std::size_t line_marker(std::string_view text, std::size_t i) {
  const char c = text[i], a = after(text, i);
  switch (c) {
    case '#': {
      std::size_t j = i;
      while (j < text.size() && text[j] == '#') ++j;
      return j == text.size() || is_space(text[j]) ? 1 : 0;
    }
    case '-':
    case '*': return is_space(a) || a == c ? 1 : 0;
    case '+': return is_space(a) ? 1 : 0;
    case '=':
    case '>': return 1;
    default: break;
  }
  if (!ascii::is_digit(c)) return 0;
  std::size_t j = i;
  while (j < text.size() && ascii::is_digit(text[j])) ++j;
  if (j < text.size() && (text[j] == '.' || text[j] == ')') && (j + 1 == text.size() || is_space(text[j + 1])))
    return j - i + 1;
  return 0;
}

// Escapes `text`; `line_start` says whether it begins a line of the output.
std::string escape(std::string_view text, bool line_start) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "<br>";
      line_start = true;
      continue;
    }
    if (line_start) {
      if (c == ' ' || c == '\t') {
        out += c;
        continue;
      }
      line_start = false;
      if (const std::size_t n = line_marker(text, i); n > 0) {
        out.append(text.substr(i, n - 1));
        out += '\\';
        out += text[i + n - 1];
        i += n - 1;
        continue;
      }
    }
    if (inline_syntax(text, i)) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string escape_markdown(std::string_view text) { return escape(trim_end(text), true); }

std::string markdown_code(std::string_view text) {
  std::string content;
  std::size_t run = 0, longest = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      content += ' ';
      run = 0;
      continue;
    }
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
    content += c;
  }
  const std::string fence(longest + 1, '`');
  // A space on each side keeps a backtick at either end out of the fence.
  const bool pad = !content.empty() && (content.front() == '`' || content.back() == '`');
  const std::string space = pad ? " " : "";
  return fence + space + content + space + fence;
}

namespace {

// The next backtick at or after `from` that can open a quote (not preceded by
// a letter or digit) or close one (not followed by one), so a backtick inside
// a quoted value (`a`b`) stays inside it.
std::size_t find_quote(std::string_view text, std::size_t from, bool opening) {
  for (std::size_t i = text.find('`', from); i != std::string_view::npos; i = text.find('`', i + 1)) {
    if (opening && (i == 0 || !is_word(text[i - 1]))) return i;
    if (!opening && (i + 1 == text.size() || !is_word(text[i + 1]))) return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::string markdown_message(std::string_view message) {
  message = trim_end(message);
  std::string out;
  std::size_t start = 0;
  while (start < message.size()) {
    const std::size_t open = find_quote(message, start, true);
    const std::size_t close =
        open == std::string_view::npos ? open : find_quote(message, open + 1, false);
    if (close == std::string_view::npos) {
      out += escape(message.substr(start), start == 0);
      break;
    }
    out += escape(message.substr(start, open - start), start == 0);
    out += markdown_code(message.substr(open + 1, close - open - 1));
    start = close + 1;
  }
  return out;
}

}  // namespace coprod
