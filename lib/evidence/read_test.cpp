#include "evidence/read.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <zip.h>

#include "temp_dir.h"

namespace coprod::evidence {
namespace {

namespace fs = std::filesystem;

// The lines read, as "number: text" (PDF: "page.number: text").
std::vector<std::string> lines_of(const Text& text) {
  std::vector<std::string> out;
  for (const Line& l : text.lines)
    out.push_back(l.page > 0 ? fmt::format("{}.{}: {}", l.page, l.number, l.text)
                             : fmt::format("{}: {}", l.number, l.text));
  return out;
}

using List = std::vector<std::string>;

struct ZipPart {
  std::string name;
  std::string bytes;
  bool encrypt = false;
};

// A zip archive of `parts`, built in memory with libzip (deflated, as Word writes them).
std::string zip_of(const std::vector<ZipPart>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  REQUIRE(buffer != nullptr);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  REQUIRE(archive != nullptr);
  for (const ZipPart& p : parts) {
    zip_source_t* source = zip_source_buffer(archive, p.bytes.data(), p.bytes.size(), 0);
    REQUIRE(source != nullptr);
    const zip_int64_t index = zip_file_add(archive, p.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    REQUIRE(index >= 0);
    if (p.encrypt) REQUIRE(zip_file_set_encryption(archive, zip_uint64_t(index), ZIP_EM_AES_256, "secret") == 0);
  }
  REQUIRE(zip_close(archive) == 0);
  zip_stat_t stat;
  REQUIRE(zip_source_stat(buffer, &stat) == 0);
  std::string out(stat.size, '\0');
  REQUIRE(zip_source_open(buffer) == 0);
  REQUIRE(zip_source_read(buffer, out.data(), out.size()) == zip_int64_t(out.size()));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

constexpr std::string_view kWordOpen =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>)";
constexpr std::string_view kWordClose = "</w:body></w:document>";

std::string word(std::string_view body) {
  return std::string(kWordOpen) + std::string(body) + std::string(kWordClose);
}

std::string docx_of(const std::string& document_xml) {
  return zip_of({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", document_xml}});
}

void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace

TEST_CASE("Markdown and text are read as numbered lines, whatever their line endings") {
  const test::TempDir dir("evidence-read-text");
  dir.write("notes.md", "# Session notes\n\nMembers met.\r\nThey agreed.\rEnd");
  dir.write("plain.txt", "\xEF\xBB\xBFOne\ntwo\n");
  dir.write("README", "no extension\n");
  dir.write("empty.md", "");
  const std::string folder = dir.path.string();

  const Text md = read(folder, "notes.md");
  CHECK(md.read());
  CHECK(md.problem.empty());
  CHECK(md.format == Format::markdown);
  CHECK(md.unit == Unit::line);
  CHECK(lines_of(md) == List{"1: # Session notes", "2: ", "3: Members met.", "4: They agreed.", "5: End"});
  const Text txt = read(folder, "plain.txt");
  CHECK(txt.format == Format::text);
  CHECK(lines_of(txt) == List{"1: One", "2: two"});  // the byte order mark is dropped
  CHECK(read(folder, "README").read());
  const Text empty = read(folder, "empty.md");
  CHECK(empty.read());
  CHECK(empty.lines.empty());
}

TEST_CASE("text that is too large, binary or not UTF-8 is not read, and says why") {
  const test::TempDir dir("evidence-read-bad-text");
  const std::string folder = dir.path.string();
  // Made here rather than committed: 2 MB and a byte.
  dir.write("huge.md", std::string(2 * 1024 * 1024 + 1, 'a'));
  dir.write("limit.md", std::string(2 * 1024 * 1024, 'a'));
  dir.write("binary.md", std::string("line one\nline\0two\n", 18));
  dir.write("latin1.txt", "caf\xE9 society\n");
  dir.write("utf16.txt", "\xFF\xFEh\0i\0");
  dir.write("cut.md", "ok\n\xE2\x82");

  const Text huge = read(folder, "huge.md");
  CHECK(huge.status == Status::too_large);
  CHECK(huge.problem == "larger than 2 MB (it is 2097153 bytes)");
  CHECK(huge.lines.empty());
  CHECK(read(folder, "limit.md").read());
  Limits small;
  small.max_text_bytes = 1000;
  CHECK(read(folder, "limit.md", small).problem == "larger than 1000 bytes (it is 2 MB)");

  const Text binary = read(folder, "binary.md");
  CHECK(binary.status == Status::binary);
  CHECK(binary.problem == "a binary file, not text (a zero byte on line 2)");
  const Text latin1 = read(folder, "latin1.txt");
  CHECK(latin1.status == Status::not_utf8);
  CHECK(latin1.problem == "not UTF-8 text (byte 0xE9 on line 1): save it as UTF-8");
  CHECK(read(folder, "utf16.txt").problem == "UTF-16 text, not UTF-8: save it as UTF-8");
  CHECK(read(folder, "cut.md").problem == "not UTF-8 text (byte 0xE2 on line 2): save it as UTF-8");
}

TEST_CASE("links, pipes, devices and paths out of the folder are never opened") {
  const test::TempDir dir("evidence-read-places");
  fs::create_directories(dir.path / "proposal" / "evidence");
  dir.write("secret.md", "The decision had already been made.\n");
  const fs::path evidence = dir.path / "proposal" / "evidence";
  fs::create_symlink(dir.path / "secret.md", evidence / "out.md");
  REQUIRE(::mkfifo((evidence / "pipe.md").c_str(), 0600) == 0);
  fs::create_symlink("/dev/zero", evidence / "zero.md");
  const std::string folder = (dir.path / "proposal").string();

  const auto problem = [&](std::string_view link) { return read(folder, link).problem; };
  const auto start = std::chrono::steady_clock::now();
  // A pipe with no writer would block a plain open() for ever.
  CHECK(read(folder, "evidence/pipe.md").status == Status::not_a_file);
  CHECK(problem("evidence/pipe.md") == "not a regular file (a pipe, socket or device)");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  // /dev/zero is outside the folder, and endless if it were read.
  CHECK(problem("evidence/zero.md") == "outside the proposal's folder");
  CHECK(problem("evidence/out.md") == "outside the proposal's folder");
  CHECK(read(folder, "evidence/out.md").lines.empty());
  CHECK(problem("../secret.md") == "outside the proposal's folder");
  CHECK(problem("../../../../../../../etc/passwd") == "outside the proposal's folder");
  CHECK(problem("/etc/passwd") ==
        "an absolute path: only files in the proposal's folder, or below it, are read");
  CHECK(read(folder, "https://example.org/notes").status == Status::web);
  CHECK(problem("https://example.org/notes") == "a link cannot be read offline");
  CHECK(problem("http://example.org/notes") == "a web link that is not https://");
  CHECK(problem("evidence/none.md") == "cannot be found");
  CHECK(problem("evidence") == "a folder, not a document");
}

TEST_CASE("kinds of file coprod does not read are named") {
  const test::TempDir dir("evidence-read-kinds");
  dir.write("minutes.doc", "old Word");
  dir.write("budget.xlsx", "PK");
  dir.write("photo.JPG", "\xFF\xD8");
  const std::string folder = dir.path.string();
  CHECK(read(folder, "minutes.doc").problem == "an old Word .doc file, which coprod does not read: save it as .docx");
  CHECK(read(folder, "budget.xlsx").problem ==
        "a .xlsx file, which coprod does not read (it reads Markdown, plain text, Word .docx and PDF)");
  CHECK(read(folder, "photo.JPG").status == Status::other_kind);
}

TEST_CASE("a Word document is read paragraph by paragraph, as Word shows it") {
  const test::TempDir dir("evidence-read-docx");
  const std::string body =
      R"(<w:p><w:r><w:t>Notes of the design session, 3 March 2026</w:t></w:r></w:p>)"
      R"(<w:p/>)"  // an empty paragraph is not counted
      R"(<w:p><w:r><w:t xml:space="preserve">Members </w:t></w:r><w:r><w:t>said</w:t></w:r>)"
      R"(<w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t>the decision</w:t></w:r>)"
      R"(<w:del><w:r><w:delText> was wise</w:delText></w:r></w:del>)"
      R"(<w:ins><w:r><w:t xml:space="preserve"> had already been made</w:t></w:r></w:ins>)"
      R"(<w:r><w:tab/><w:t>.</w:t></w:r></w:p>)"
      R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one</w:t></w:r></w:p></w:tc>)"
      R"(<w:tc><w:p><w:r><w:t>Cell two &amp; more</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)"
      R"(<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>)"
      R"(<w:p><w:r><w:t>In a text box</w:t></w:r></w:p></w:txbxContent></mc:Choice>)"
      R"(<mc:Fallback><w:txbxContent><w:p><w:r><w:t>In a text box</w:t></w:r></w:p>)"
      R"(</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>After the box</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:instrText>PAGE</w:instrText><w:t>Last, caf&#233;</w:t></w:r></w:p>)";
  write_file(dir.path / "notes.docx", docx_of(word(body)));
  const Text text = read(dir.path.string(), "notes.docx");
  INFO(text.problem);
  REQUIRE(text.read());
  CHECK(text.format == Format::docx);
  CHECK(text.unit == Unit::paragraph);
  CHECK(lines_of(text) == List{"1: Notes of the design session, 3 March 2026",
                               "2: Members said the decision had already been made .",
                               "3: Cell one", "4: Cell two & more", "5: In a text box",
                               "6: After the box", "7: Last, café"});
  CHECK(located(text.file, text.unit, 2) == "notes.docx, paragraph 2");
}

TEST_CASE("a damaged, exploding or locked Word document is not read, and says why") {
  const test::TempDir dir("evidence-read-bad-docx");
  const std::string folder = dir.path.string();
  const auto problem = [&](const std::string& name, const std::string& bytes) {
    write_file(dir.path / name, bytes);
    const Text text = read(folder, name);
    CHECK(!text.read());
    CHECK(text.lines.empty());
    return text.problem;
  };
  CHECK(problem("plain.docx", "This is not a zip archive at all.") ==
        "not a Word document (a .docx is a zip archive, and this is not one)");
  CHECK(problem("empty.docx", "") == "an empty file, not a Word document");
  CHECK(problem("other.docx", zip_of({{"hello.txt", "hello"}})) ==
        "not a Word document (it has no word/document.xml)");
  CHECK(problem("xml.docx", docx_of("<w:document><w:body><w:p>")) ==
        "a damaged Word document (its text is not well-formed XML: Start-end tags mismatch)");

  // A zip bomb: 11 MB of one letter compresses to a few kilobytes.
  const std::string bomb = docx_of(word("<w:p><w:r><w:t>" + std::string(11 * 1024 * 1024, 'a') + "</w:t></w:r></w:p>"));
  CHECK(bomb.size() < 100 * 1024);
  CHECK(problem("bomb.docx", bomb) == "its text expands to more than 10 MB");
  // The same bomb with its stated size rewritten to 100 bytes, in the local
  // header (offset 22) and in the central directory (offset 24): the bytes
  // are counted as they come, whatever the archive says.
  std::string liar = bomb;
  const std::string name = "word/document.xml";
  for (std::size_t at = liar.find(name); at != std::string::npos; at = liar.find(name, at + 1)) {
    const auto patch = [&](std::size_t offset) {
      liar[offset] = 100;
      liar[offset + 1] = liar[offset + 2] = liar[offset + 3] = 0;
    };
    if (at >= 30 && liar.compare(at - 30, 4, "PK\x03\x04") == 0) patch(at - 30 + 22);
    if (at >= 46 && liar.compare(at - 46, 4, "PK\x01\x02") == 0) patch(at - 46 + 24);
  }
  const std::string lied = problem("liar.docx", liar);
  CHECK((lied == "its text expands to more than 10 MB" ||
         lied == "a damaged Word document (its text cannot be uncompressed)"));

  // Text over 2 MB in a document.xml under 10 MB.
  const std::string paragraphs = [] {
    std::string out;
    for (int i = 0; i < 30000; ++i) out += "<w:p><w:r><w:t>" + std::string(100, 'x') + "</w:t></w:r></w:p>";
    return out;
  }();
  CHECK(problem("long.docx", docx_of(word(paragraphs))) == "its text is larger than 2 MB");

  // Nested a million deep: the walk keeps no stack of its own on the machine's.
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<w:r>";
  deep += "<w:t>deep</w:t>";
  for (int i = 0; i < 200000; ++i) deep += "</w:r>";
  write_file(dir.path / "deep.docx", docx_of(word("<w:p>" + deep + "</w:p>")));
  const Text deep_text = read(folder, "deep.docx");
  CHECK((deep_text.read() || deep_text.status == Status::damaged));
  if (deep_text.read()) CHECK(lines_of(deep_text) == List{"1: deep"});

  // A document larger than the limit for Word files is not even opened.
  Limits tiny;
  tiny.max_document_bytes = 100;
  write_file(dir.path / "big.docx", docx_of(word("<w:p><w:r><w:t>text</w:t></w:r></w:p>")));
  CHECK(read(folder, "big.docx", tiny).status == Status::too_large);

  if (zip_encryption_method_supported(ZIP_EM_AES_256, 1)) {
    const std::string locked = zip_of({{"word/document.xml", word("<w:p/>"), true}});
    CHECK(problem("locked.docx", locked) == "protected by a password");
  }
}

TEST_CASE("a PDF is read page by page where PDF is read, and said to be unread where not") {
  const test::TempDir dir("evidence-read-pdf");
  // A one-page PDF written by hand; its cross-reference offsets are not
  // exact, which readers repair.
  const std::string pdf =
      "%PDF-1.4\n"
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
      "4 0 obj << /Length 88 >> stream\n"
      "BT /F1 12 Tf 72 720 Td (Members said the process was unfair.) Tj ET\n"
      "endstream endobj\n"
      "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
      "trailer << /Root 1 0 R /Size 6 >>\n%%EOF\n";
  write_file(dir.path / "report.pdf", pdf);
  write_file(dir.path / "broken.pdf", "%PDF-1.4 and then nothing a reader can use");
  const Text text = read(dir.path.string(), "report.pdf");
  CHECK(text.format == Format::pdf);
  CHECK(text.unit == Unit::page_line);
  if (!reads_pdf()) {
    CHECK(text.status == Status::not_read_here);
    CHECK(text.problem == "PDF is not read here");
    return;
  }
  INFO(text.problem);
  REQUIRE(text.read());
  CHECK(lines_of(text) == List{"1.1: Members said the process was unfair."});
  CHECK(located(text.file, text.unit, 1, 1) == "report.pdf, page 1, line 1");
  const Text broken = read(dir.path.string(), "broken.pdf");
  CHECK(broken.status == Status::damaged);
  CHECK(broken.problem == "not a PDF that can be read (damaged, or not a PDF)");
}

TEST_CASE("a proposal's own text is read as lines numbered from where it starts") {
  const Text text = text_of("First line.\nSecond line.", "input.yaml", 40);
  CHECK(text.read());
  CHECK(lines_of(text) == List{"40: First line.", "41: Second line."});
  CHECK(located("input.yaml", Unit::line, 41) == "input.yaml:41");
}

}  // namespace coprod::evidence
