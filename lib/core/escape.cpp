#include "core/escape.h"

#include <cstdint>

#include <fmt/format.h>

#include "core/utf8.h"

namespace coprod {
namespace {

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

std::string css_string(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    char32_t code = 0;
    const std::size_t n = utf8_at(text, i, code);
    i += n == 0 ? 1 : n;
    if (n == 0) continue;
    if (code == '\n' || code == '\r' || code == '\t') code = ' ';
    if (code < 0x20 || code == 0x7F) continue;
    const bool plain = code == ' ' || (code >= '0' && code <= '9') || (code >= 'a' && code <= 'z') ||
                       (code >= 'A' && code <= 'Z');
    if (plain) out += static_cast<char>(code);
    else out += fmt::format("\\{:x} ", static_cast<std::uint32_t>(code));
  }
  return out + "\"";
}

std::string xml_text(std::string_view text) { return markup_escape(text, Flavour::xml_text); }
std::string xml_attribute(std::string_view text) { return markup_escape(text, Flavour::xml_attribute); }
std::string escape_html(std::string_view text) { return markup_escape(text, Flavour::html); }
std::string github_data(std::string_view text) { return github_escape(text, false); }
std::string github_property(std::string_view text) { return github_escape(text, true); }

}  // namespace coprod
