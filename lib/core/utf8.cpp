#include "core/utf8.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

namespace coprod {

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

bool is_hidden_character(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C || (c >= 0x200B && c <= 0x200D) || c == 0x2060 ||
         c == 0xFEFF || c == 0x00AD;
}

bool is_blank_character(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000 || is_hidden_character(c) || c == 0x115F || c == 0x1160 ||
         c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x180E || c == 0x034F ||
         (c >= 0x2061 && c <= 0x2064);
}

namespace {

// The length of the blank character at text[i], or 0.
std::size_t blank_at(std::string_view text, std::size_t i) {
  char32_t code = 0;
  const std::size_t n = utf8_at(text, i, code);
  return n != 0 && is_blank_character(code) ? n : 0;
}

}  // namespace

bool is_blank(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = blank_at(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string_view trim_blank(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t n = blank_at(text, start);
    if (n == 0) break;
    start += n;
  }
  text.remove_prefix(start);
  // From the end: step back to the start of the last character.
  while (!text.empty()) {
    std::size_t last = text.size() - 1;
    while (last > 0 && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80 && text.size() - last < 4)
      --last;
    if (blank_at(text, last) != text.size() - last) break;
    text.remove_suffix(text.size() - last);
  }
  return text;
}

std::string visible(std::string_view text, Newlines newlines) {
  // Printable ASCII, the common case, is shown as it is.
  if (std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; }))
    return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t code = 0;
    const std::size_t n = utf8_at(text, i, code);
    if (n == 0) {
      out += "\uFFFD";
      ++i;
      continue;
    }
    const bool control = code < 0x20 || (code >= 0x7F && code < 0xA0);
    const bool kept = code == '\t' || (code == '\n' && newlines == Newlines::keep);
    if (code == '\n' && newlines == Newlines::space)
      out += ' ';
    else if ((control && !kept) || is_hidden_character(code))
      out += fmt::format("<U+{:04X}>", static_cast<std::uint32_t>(code));
    else
      out.append(text.substr(i, n));
    i += n;
  }
  return out;
}

std::string base64_decode(std::string_view text) {
  std::string out;
  std::uint32_t bits = 0;
  int count = 0;
  for (const char c : text) {
    int v = -1;
    if (c >= 'A' && c <= 'Z') v = c - 'A';
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
    else if (c >= '0' && c <= '9') v = c - '0' + 52;
    else if (c == '+') v = 62;
    else if (c == '/') v = 63;
    if (v < 0) continue;
    bits = (bits << 6) | static_cast<std::uint32_t>(v);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> count) & 0xFF);
    }
  }
  return out;
}

}  // namespace coprod
