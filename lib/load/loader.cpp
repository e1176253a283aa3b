#include "load/loader.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "core/utf8.h"
#include "load/bind.h"
#include "load/dates.h"
#include "load/references.h"
#include "load/schema.h"
#include "load/validate.h"
#include "load/yaml_syntax.h"

namespace coprod {
namespace {

// Columns count characters, not bytes: a curly quote is one column. Bytes
// that are not valid UTF-8 count one column each.
Location location_of_offset(std::string_view text, std::size_t offset) {
  Location at{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((byte & 0xC0) != 0x80) {
      ++at.column;
    }
  }
  return at;
}

// The byte offset of the first byte that is not part of valid UTF-8, if any.
std::optional<std::size_t> invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Proposals are mostly ASCII: skip it eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, s + i, sizeof word);
      if ((word & 0x8080808080808080ull) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    char32_t code = 0;
    const std::size_t length = utf8_at(text, i, code);
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

// Where the first line longer than `max` starts, if any.
std::optional<std::size_t> long_line(std::string_view text, std::size_t max) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end - start > max) return start;
    start = end + 1;
  }
  return std::nullopt;
}

// The checks that come before YAML: what makes a file not text at all.
std::optional<Error> check_text(std::string_view text, const LoadOptions& options) {
  if (text.size() > options.max_bytes)
    return Error{{}, fmt::format("the file is {} bytes, larger than the limit of {} bytes for a "
                                 "proposal (--max-file-size)",
                                 text.size(), options.max_bytes),
                 ErrorKind::limit};
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
    return Error{{1, 1}, "the file is UTF-16 text, not UTF-8: save it as UTF-8",
                 ErrorKind::syntax};
  if (const auto start = long_line(text, options.max_line_bytes))
    return Error{location_of_offset(text, *start),
                 fmt::format("this line is longer than {} characters; a proposal keeps to "
                             "lines a person can read, with long text as a block (`|`) over "
                             "several lines",
                             options.max_line_bytes),
                 ErrorKind::limit};
  if (const auto nul = text.find('\0'); nul != std::string_view::npos)
    return Error{location_of_offset(text, nul),
                 fmt::format("this is a binary file, not a YAML proposal (a zero byte at offset "
                             "{})",
                             nul),
                 ErrorKind::syntax};
  if (const auto bad = invalid_utf8(text))
    return Error{location_of_offset(text, *bad),
                 fmt::format("the file is not UTF-8 text: the byte 0x{:02X} at offset {} is "
                             "not valid UTF-8; save the file as UTF-8",
                             unsigned(static_cast<unsigned char>(text[*bad])), *bad),
                 ErrorKind::syntax};
  return std::nullopt;
}

// Every key the proposal format has, anywhere: what tells a key without its
// colon from a line of text carried over (yaml_syntax.h).
bool proposal_key(std::string_view word) {
  static const std::vector<std::string_view> keys = [] {
    std::vector<std::string_view> out;
    std::vector<const format::Shape*> todo{&format::proposal_document()};
    std::vector<const format::Shape*> seen;
    while (!todo.empty()) {
      const format::Shape* shape = todo.back();
      todo.pop_back();
      if (shape == nullptr || std::find(seen.begin(), seen.end(), shape) != seen.end()) continue;
      seen.push_back(shape);
      todo.push_back(shape->item);
      for (const format::Key& key : shape->keys) {
        out.push_back(key.name);
        todo.push_back(key.shape);
      }
    }
    out.push_back(format::kNotApplicableKey);
    return out;
  }();
  return std::find(keys.begin(), keys.end(), word) != keys.end();
}

// Every syntax error of a text that is not YAML, with the one parse() gave
// when reading on does not find it (a hidden line break is not YAML's).
std::vector<Error> syntax_errors(std::string_view text, Error first) {
  std::vector<Error> errors = yaml::explain_syntax_errors(text, yaml::first_syntax_error, proposal_key);
  if (std::none_of(errors.begin(), errors.end(), [&](const Error& e) { return e.at == first.at; })) {
    errors.push_back(std::move(first));
    std::stable_sort(errors.begin(), errors.end(), [](const Error& a, const Error& b) { return a.at < b.at; });
  }
  return errors;
}

// A file that is not a mapping at all gets one error that says what a proposal is.
std::optional<Error> check_root(const yaml::Node& root) {
  if (root.is_mapping()) return std::nullopt;
  return Error{root.at, fmt::format("a proposal is a set of sections (`coprod: 1`, `proposal:`, "
                                    "`who:` …); this file holds {}",
                                    root.describe())};
}

// Every reason a document that is YAML is not a valid proposal: its slips
// (what it reads otherwise than meant) and the format's errors, in the
// order of the file. A slip that changes the document's shape comes alone:
// what else is wrong must wait until it is corrected.
std::vector<Error> document_errors(const yaml::Document& doc, std::string_view text) {
  std::vector<Error> errors;
  const std::vector<yaml::Slip>& slips = doc.slips();
  std::vector<Error> said = yaml::explain_slips(slips, text);
  if (std::any_of(slips.begin(), slips.end(), [](const yaml::Slip& s) { return s.structural(); }))
    return said;
  std::vector<Error> found;
  format::validate(doc.root(), format::proposal_document(), found);
  // A value is reported once. Curly quotes around a word of a list
  // (`kind: “vcse”`) are said by the list's own error, which names the word
  // to write; any other slip says more than the error about its value.
  const auto found_at = [&](Location at) {
    return std::any_of(found.begin(), found.end(), [&](const Error& e) { return e.at == at; });
  };
  std::vector<Location> slipped;
  for (std::size_t i = 0; i < slips.size(); ++i) {
    if (slips[i].kind == yaml::Slip::Kind::curly_quotes && found_at(slips[i].at)) continue;
    errors.push_back(std::move(said[i]));
    slipped.push_back(slips[i].at);
  }
  for (Error& e : found)
    if (std::find(slipped.begin(), slipped.end(), e.at) == slipped.end()) errors.push_back(std::move(e));
  std::stable_sort(errors.begin(), errors.end(), [](const Error& a, const Error& b) { return a.at < b.at; });
  return errors;
}

}  // namespace

Loaded load_text(std::string_view text, std::string file, std::string directory,
                 const LoadOptions& options) {
  Loaded loaded;
  loaded.file = file;
  if (auto error = check_text(text, options)) {
    loaded.errors.push_back(std::move(*error));
    return loaded;
  }
  // Line breaks written as a lone CR (classic Mac OS) are line breaks too,
  // not one long line (the YAML parser reads it as empty).
  std::string lines;
  if (text.find('\r') != std::string_view::npos) {
    lines.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
      lines += text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n') ? '\n' : text[i];
    text = lines;
  }
  auto parsed = yaml::parse(text, options.limits);
  if (auto* error = std::get_if<Error>(&parsed)) {
    if (error->kind == ErrorKind::syntax) loaded.errors = syntax_errors(text, std::move(*error));
    else loaded.errors.push_back(std::move(*error));
    return loaded;
  }
  auto doc = std::make_shared<const yaml::Document>(std::move(std::get<yaml::Document>(parsed)));
  if (auto error = check_root(doc->root())) {
    loaded.errors.push_back(std::move(*error));
    return loaded;
  }
  loaded.errors = document_errors(*doc, text);
  if (!loaded.errors.empty()) return loaded;
  Proposal proposal = bind_proposal(doc, std::move(file), std::move(directory));
  check_references(proposal, loaded.errors);
  check_dates(proposal, loaded.errors);
  if (loaded.errors.empty()) loaded.proposal = std::move(proposal);
  return loaded;
}

namespace {

Error io_error(std::string message) { return {{}, std::move(message), ErrorKind::io}; }

Error too_large(std::string message) { return {{}, std::move(message), ErrorKind::limit}; }

// Reads to the end of `fd`, or stops just past `max_bytes`.
std::optional<Error> read_all(int fd, std::string& out, std::size_t max_bytes) {
  out.clear();
  std::vector<char> buffer(64 * 1024);
  for (;;) {
    const ssize_t got = ::read(fd, buffer.data(), buffer.size());
    if (got < 0) {
      if (errno == EINTR) continue;
      return io_error(fmt::format("cannot be read to the end: {}", std::strerror(errno)));
    }
    if (got == 0) return std::nullopt;
    if (out.size() + std::size_t(got) > max_bytes)
      return too_large(fmt::format(
          "the input is more than {} bytes, the limit for a proposal (--max-file-size)", max_bytes));
    out.append(buffer.data(), std::size_t(got));
  }
}

}  // namespace

std::optional<Error> read_file(const std::string& path, std::string& out,
                               std::size_t max_bytes) {
  // Non-blocking only while opening: a named pipe with no writer must not
  // hang the run (it then reads as empty).
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) {
    if (errno == ENOENT) return io_error("no such file");
    if (errno == ELOOP) return io_error("cannot be read: its symbolic links form a loop");
    return io_error(fmt::format("cannot be read: {}", std::strerror(errno)));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0)
    return io_error(fmt::format("cannot be read: {}", std::strerror(errno)));
  if (S_ISDIR(info.st_mode)) return io_error("this is a folder, not a file");
  if (S_ISREG(info.st_mode) && std::uintmax_t(info.st_size) > max_bytes)
    return too_large(fmt::format("the file is {} bytes, larger than the limit of {} bytes for a "
                                 "proposal (--max-file-size)",
                                 std::uintmax_t(info.st_size), max_bytes));
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  if (!S_ISREG(info.st_mode)) return read_all(fd, out, max_bytes);
  // A regular file is read straight into a buffer of its size: one read, no
  // stream, no copy.
  const std::size_t size = std::size_t(info.st_size);
  out.resize(size);
  std::size_t done = 0;
  while (done < size) {
    const ssize_t got = ::read(fd, out.data() + done, size - done);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return io_error(fmt::format("cannot be read: {}", std::strerror(errno)));
    if (got == 0) break;
    done += std::size_t(got);
  }
  if (done != size) return io_error("cannot be read to the end: it changed while it was read");
  return std::nullopt;
}

Loaded load_stdin(std::string file, const LoadOptions& options) {
  std::string text;
  if (auto problem = read_all(STDIN_FILENO, text, options.max_bytes)) {
    Loaded loaded;
    loaded.file = std::move(file);
    loaded.errors.push_back(std::move(*problem));
    return loaded;
  }
  // Evidence paths are relative to the proposal: its given name says where it lives.
  std::string directory = std::filesystem::path(file).parent_path().string();
  return load_text(text, std::move(file), directory.empty() ? "." : directory, options);
}

Loaded load_file(const std::string& path, const LoadOptions& options) {
  std::string text;
  if (auto problem = read_file(path, text, options.max_bytes)) {
    Loaded loaded;
    loaded.file = path;
    loaded.errors.push_back(std::move(*problem));
    return loaded;
  }
  std::string directory = std::filesystem::path(path).parent_path().string();
  return load_text(text, path, directory.empty() ? "." : directory, options);
}

}  // namespace coprod
