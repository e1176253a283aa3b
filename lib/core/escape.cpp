#include "core/escape.h"

namespace coprod {
namespace {

// The length of the UTF-8 sequence starting at text[i] and its code point, or
// 0 when the bytes there are not valid UTF-8.
std::size_t utf8_at(std::string_view text, std::size_t i, char32_t& code) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  std::size_t extra = 0;
  char32_t min = 0;
  if (c < 0x80) {
    code = c;
    return 1;
  }
  if ((c & 0xE0) == 0xC0) { extra = 1; min = 0x80; code = c & 0x1F; }
  else if ((c & 0xF0) == 0xE0) { extra = 2; min = 0x800; code = c & 0x0F; }
  else if ((c & 0xF8) == 0xF0) { extra = 3; min = 0x10000; code = c & 0x07; }
  else return 0;
  if (i + extra >= text.size()) return 0;
  for (std::size_t k = 1; k <= extra; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i + k) & 0x3F);
  }
  if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return extra + 1;
}

bool xml_allowed(char32_t c) {
  if (c < 0x20) return c == 0x9 || c == 0xA || c == 0xD;
  return c != 0xFFFE && c != 0xFFFF;
}

enum class Flavour { xml_text, xml_attribute, html };

std::string markup_escape(std::string_view text, Flavour flavour) {
  const bool attribute = flavour == Flavour::xml_attribute;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t code = 0;
    const std::size_t n = utf8_at(text, i, code);
    if (n == 0) {  // not UTF-8: drop the byte
      ++i;
      continue;
    }
    if (xml_allowed(code)) {
      switch (code) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += flavour == Flavour::html ? "&#39;" : "&apos;"; break;
        case '\t': out += attribute ? "&#9;" : "\t"; break;
        case '\n': out += attribute ? "&#10;" : "\n"; break;
        case '\r': out += "&#13;"; break;  // a bare CR would become LF when read back
        default: out.append(text.substr(i, n));
      }
    }
    i += n;
  }
  return out;
}

std::string github_escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string xml_text(std::string_view text) { return markup_escape(text, Flavour::xml_text); }
std::string xml_attribute(std::string_view text) { return markup_escape(text, Flavour::xml_attribute); }
std::string escape_html(std::string_view text) { return markup_escape(text, Flavour::html); }
std::string github_data(std::string_view text) { return github_escape(text, false); }
std::string github_property(std::string_view text) { return github_escape(text, true); }

}  // namespace coprod
