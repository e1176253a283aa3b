#include "render/markdown_escape.h"

namespace coprod {
namespace {

// Characters that start emphasis, code, links, images, HTML, entities,
// strikethrough or a table cell anywhere in a line.
constexpr std::string_view kInline = "\\`*_[]<>|~&";

// Characters that only mean something at the start of a line: headings,
// lists, quotes, thematic breaks and setext underlines.
constexpr std::string_view kLineStart = "#+-=>";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string escape_markdown(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' ||
                           text.back() == '\t'))
    text.remove_suffix(1);

  std::string out;
  out.reserve(text.size() + text.size() / 8);
  bool line_start = true;
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
    if (kInline.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace coprod
