#include "render/markdown_escape.h"

#include <algorithm>

namespace coprod {
namespace {

// Characters that start emphasis, code, links, images, HTML, entities,
// strikethrough or a table cell anywhere in a line.
constexpr std::string_view kInline = "\\`*_[]|~";

// Characters that only mean something at the start of a line: headings,
// lists, quotes, thematic breaks and setext underlines.
constexpr std::string_view kLineStart = "#+-=";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim_end(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' ||
                           text.back() == '\t'))
    text.remove_suffix(1);
  return text;
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
      if (kLineStart.find(c) != std::string_view::npos) {
        out += '\\';
        out += c;
        continue;
      }
      // "1. " or "1) " would start a numbered list.
      if (is_digit(c)) {
        std::size_t j = i;
        while (j < text.size() && is_digit(text[j])) ++j;
        out.append(text.substr(i, j - i));
        if (j < text.size() && (text[j] == '.' || text[j] == ')')) {
          out += '\\';
          out += text[j];
          ++j;
        }
        i = j - 1;
        continue;
      }
    }
    // HTML-significant characters as references rather than backslash
    // escapes: they stay text in every Markdown renderer, not only CommonMark.
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else {
      if (kInline.find(c) != std::string_view::npos) out += '\\';
      out += c;
    }
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

bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
         static_cast<unsigned char>(c) >= 0x80;
}

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
