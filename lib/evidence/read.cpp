#include "evidence/read.h"

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "core/utf8.h"
#include "evidence/formats.h"
#include "evidence/place.h"

namespace coprod::evidence {
namespace {

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// The file's extension, lower-case, without its dot; empty when it has none.
std::string extension_of(std::string_view link) {
  const std::size_t slash = link.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? link : link.substr(slash + 1);
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) c = lower_ascii(c);
  return ext;
}

Format format_of(std::string_view link) {
  if (link.starts_with("https://")) return Format::web;
  const std::string ext = extension_of(link);
  if (ext == "md" || ext == "markdown") return Format::markdown;
  if (ext.empty() || ext == "txt" || ext == "text") return Format::text;
  if (ext == "docx") return Format::docx;
  if (ext == "pdf") return Format::pdf;
  return Format::other;
}

void refuse(Text& text, Status status, std::string problem) {
  text.status = status;
  text.problem = std::move(problem);
  text.lines.clear();
}

// Why a place that is not a file cannot be read.
void refuse_place(Text& text, Where where) {
  switch (where) {
    case Where::file: return;
    case Where::web: return refuse(text, Status::web, "a link cannot be read offline");
    case Where::not_https: return refuse(text, Status::not_https, "a web link that is not https://");
    case Where::absolute:
      return refuse(text, Status::outside,
                    "an absolute path: only files in the proposal's folder, or below it, are read");
    case Where::outside: return refuse(text, Status::outside, "outside the proposal's folder");
    case Where::missing: return refuse(text, Status::missing, "cannot be found");
    case Where::folder: return refuse(text, Status::folder, "a folder, not a document");
    case Where::not_a_file:
      return refuse(text, Status::not_a_file, "not a regular file (a pipe, socket or device)");
  }
}

void refuse_kind(Text& text, std::string_view link) {
  const std::string ext = extension_of(link);
  if (ext == "doc")
    return refuse(text, Status::other_kind,
                  "an old Word .doc file, which coprod does not read: save it as .docx");
  if (ext == "odt" || ext == "rtf")
    return refuse(text, Status::other_kind,
                  fmt::format("a .{} file, which coprod does not read: save it as .docx or PDF", ext));
  refuse(text, Status::other_kind,
         fmt::format("a .{} file, which coprod does not read (it reads Markdown, plain text, Word "
                     ".docx and PDF)",
                     ext));
}

struct Descriptor {
  int fd = -1;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

// Reads the file `place` found, at most `limit` bytes. The file is opened
// without following a link and without blocking, and must still be the
// regular file `where` judged (same device and inode): a file swapped for a
// link or a pipe since is not read.
bool read_bytes(const Place& place, std::size_t limit, std::string& out, Text& text) {
  Descriptor file;
  file.fd = ::open(place.path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW);
  if (file.fd < 0) {
    refuse(text, Status::cannot_open, fmt::format("cannot be opened: {}", std::strerror(errno)));
    return false;
  }
  struct stat st {};
  if (::fstat(file.fd, &st) != 0 || !S_ISREG(st.st_mode) ||
      std::uint64_t(st.st_dev) != place.device || std::uint64_t(st.st_ino) != place.inode) {
    refuse(text, Status::cannot_open, "changed while it was being read");
    return false;
  }
  const auto too_large = [&](std::size_t size) {
    // "larger than 2 MB (it is 2.0 MB)" would read as a contradiction: give the bytes then.
    std::string actual = size_in_words(size);
    if (actual == size_in_words(limit) || actual == fmt::format("{}.0 MB", limit / (1024 * 1024)))
      actual = fmt::format("{} bytes", size);
    refuse(text, Status::too_large, fmt::format("larger than {} (it is {})", size_in_words(limit), actual));
    return false;
  };
  if (st.st_size > 0 && std::size_t(st.st_size) > limit) return too_large(std::size_t(st.st_size));
  out.clear();
  out.resize(std::min<std::size_t>(limit, std::size_t(st.st_size)) + 1);
  std::size_t have = 0;
  while (true) {
    if (have == out.size()) {
      if (have > limit) return too_large(have);
      out.resize(std::min(limit + 1, out.size() * 2 + 4096));
    }
    const ssize_t n = ::read(file.fd, out.data() + have, out.size() - have);
    if (n < 0) {
      if (errno == EINTR) continue;
      refuse(text, Status::cannot_open, fmt::format("cannot be read: {}", std::strerror(errno)));
      return false;
    }
    if (n == 0) break;
    have += std::size_t(n);
  }
  if (have > limit) return too_large(have);
  out.resize(have);
  return true;
}

}  // namespace

std::string size_in_words(std::size_t bytes) {
  constexpr std::size_t kKilo = 1024, kMega = 1024 * 1024;
  if (bytes >= kMega) {
    if (bytes % kMega == 0) return fmt::format("{} MB", bytes / kMega);
    return fmt::format("{:.1f} MB", double(bytes) / double(kMega));
  }
  if (bytes >= kKilo) return fmt::format("{} KB", (bytes + kKilo / 2) / kKilo);
  return fmt::format("{} bytes", bytes);
}

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t code = 0;
    const std::size_t n = utf8_at(text, i, code);
    if (n == 0) {
      out += "\uFFFD";
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

void add_lines(std::string_view text, std::uint32_t first, std::uint32_t page, bool skip_blank,
               Text& out) {
  std::uint32_t number = first;
  std::size_t start = 0;
  const auto add = [&](std::size_t end) {
    const std::string_view line = text.substr(start, end - start);
    const bool blank = line.find_first_not_of(" \t\f\v") == std::string_view::npos;
    if (!skip_blank || !blank) {
      out.lines.push_back({number, page, std::string(line)});
      if (skip_blank) ++number;
    }
    if (!skip_blank) ++number;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    add(i);
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) add(text.size());
}

void read_plain(std::string_view bytes, const Limits&, Text& text) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))
    return refuse(text, Status::not_utf8, "UTF-16 text, not UTF-8: save it as UTF-8");
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::uint32_t line = 1;
  for (std::size_t i = 0; i < bytes.size();) {
    const char c = bytes[i];
    if (c == '\0')
      return refuse(text, Status::binary,
                    fmt::format("a binary file, not text (a zero byte on line {})", line));
    if (static_cast<unsigned char>(c) < 0x80) {
      if (c == '\n' || (c == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'))) ++line;
      ++i;
      continue;
    }
    char32_t code = 0;
    const std::size_t n = utf8_at(bytes, i, code);
    if (n == 0)
      return refuse(text, Status::not_utf8,
                    fmt::format("not UTF-8 text (byte 0x{:02X} on line {}): save it as UTF-8",
                                static_cast<unsigned char>(c), line));
    i += n;
  }
  add_lines(bytes, 1, 0, false, text);
}

Text text_of(std::string_view value, std::string file, std::uint32_t first_line) {
  Text text;
  text.file = std::move(file);
  add_lines(value, first_line, 0, false, text);
  return text;
}

std::string located(std::string_view file, Unit unit, std::uint32_t number, std::uint32_t page) {
  switch (unit) {
    case Unit::line: return fmt::format("{}:{}", file, number);
    case Unit::paragraph: return fmt::format("{}, paragraph {}", file, number);
    case Unit::page_line: return fmt::format("{}, page {}, line {}", file, page, number);
  }
  return std::string(file);
}

Text read(const std::string& proposal_dir, std::string_view link, const Limits& limits) {
  Text text;
  text.file = std::string(link);
  text.format = format_of(link);
  text.unit = text.format == Format::docx ? Unit::paragraph
              : text.format == Format::pdf ? Unit::page_line
                                           : Unit::line;
  const Place place = where(proposal_dir, link);
  if (place.where != Where::file) {
    refuse_place(text, place.where);
    return text;
  }
  std::string bytes;
  switch (text.format) {
    case Format::text:
    case Format::markdown:
      if (read_bytes(place, limits.max_text_bytes, bytes, text)) read_plain(bytes, limits, text);
      break;
    case Format::docx:
      if (read_bytes(place, limits.max_document_bytes, bytes, text)) read_docx(bytes, limits, text);
      break;
    case Format::pdf:
      if (!reads_pdf()) {
        refuse(text, Status::not_read_here, "PDF is not read here");
        break;
      }
      if (read_bytes(place, limits.max_document_bytes, bytes, text)) read_pdf(bytes, limits, text);
      break;
    case Format::web: refuse_place(text, Where::web); break;
    case Format::other: refuse_kind(text, link); break;
  }
  return text;
}

}  // namespace coprod::evidence
