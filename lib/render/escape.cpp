#include "render/escape.h"

namespace coprod {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Markers that only mean something at the start of a line: headings, list
// items, block quotes (already a reference), thematic breaks and setext lines.
bool starts_block(std::string_view text) {
  if (text.empty()) return false;
  const char c = text[0];
  if (c == '#' || c == '-' || c == '+' || c == '=') return true;
  std::size_t digits = 0;
  while (digits < text.size() && is_digit(text[digits])) ++digits;
  return digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')');
}

}  // namespace

std::string escape_markdown(std::string_view text) {
  // Surrounding blank lines and indentation would end a table row or start a
  // code block; they carry no meaning in a value.
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  text = text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);

  std::string out;
  out.reserve(text.size() + text.size() / 4);
  bool line_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "<br>";
      while (i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\t')) ++i;
      line_start = true;
      continue;
    }
    if (line_start && starts_block(text.substr(i))) {
      // Escape the marker itself; for "1." escape the dot after the digits.
      if (is_digit(c)) {
        while (i < text.size() && is_digit(text[i])) out += text[i++];
        out += '\\';
        out += text[i];
      } else {
        out += '\\';
        out += c;
      }
      line_start = false;
      continue;
    }
    line_start = false;
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace coprod
