// Reading an evidence file as lines of text, safely: whatever the file is
// (huge, binary, not UTF-8, a pipe, a link out of the folder, a corrupt or
// exploding Word document), reading ends with a status in plain English, in
// bounded time and memory, and never reads outside the proposal's folder.
// What is read: Markdown and plain text, Word .docx (word/document.xml, one
// line per paragraph) and, where coprod is built with COPROD_PDF, PDF.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coprod::evidence {

struct Limits {
  std::size_t max_text_bytes = 2 * 1024 * 1024;       // a Markdown or text file; the text taken from any file
  std::size_t max_document_bytes = 20 * 1024 * 1024;  // a .docx or .pdf as stored (pictures make them large)
  std::size_t max_docx_xml_bytes = 10 * 1024 * 1024;  // word/document.xml once uncompressed
  std::size_t max_pdf_pages = 500;
};

enum class Format : std::uint8_t { text, markdown, docx, pdf, web, other };

// Whether a file was read, and if not, why.
enum class Status : std::uint8_t {
  read,
  web,           // an https:// link: not fetched
  not_read_here, // a PDF, in a build without PDF support
  too_large,     // over a limit of Limits
  binary,        // a zero byte in what should be text
  not_utf8,
  not_a_file,    // a pipe, socket or device
  outside,       // outside the proposal's folder (or an absolute path)
  not_https,
  missing,
  folder,
  cannot_open,   // permissions, or the file changed while it was read
  damaged,       // not a valid Word document or PDF
  locked,        // protected by a password
  other_kind,    // a kind of file coprod does not read (.xlsx, .jpg, an old .doc)
};

// What each line's number counts: lines of a text file, paragraphs of a
// Word document (those with text; empty ones are not counted), or lines of
// a PDF page (`Line::page`).
enum class Unit : std::uint8_t { line, paragraph, page_line };

struct Line {
  std::uint32_t number = 0;
  std::uint32_t page = 0;  // a PDF's page, from 1; 0 otherwise
  std::string text;        // UTF-8, without its line break
};

struct Text {
  std::string file;  // the link as the proposal gives it, for messages
  Format format = Format::text;
  Unit unit = Unit::line;
  Status status = Status::read;
  std::string problem;  // why it was not read, in plain English ("larger than 2 MB"); empty when read
  std::vector<Line> lines;

  bool read() const { return status == Status::read; }
};

// Reads the evidence at `link` (as the proposal writes it) from the folder
// that holds the proposal. Never throws for anything a file can hold.
Text read(const std::string& proposal_dir, std::string_view link, const Limits& limits = {});

// Text already in memory, such as a value of the proposal itself, as lines
// numbered from `first_line`, named `file` in messages. Not checked for
// UTF-8 (a proposal's text already is).
Text text_of(std::string_view text, std::string file, std::uint32_t first_line = 1);

// Where a line is, for a message: "evidence/notes.md:12",
// "evidence/notes.docx, paragraph 12", "evidence/report.pdf, page 3, line 4".
std::string located(std::string_view file, Unit unit, std::uint32_t number, std::uint32_t page = 0);

// Whether this build reads PDF (the command line does; the browser does not).
bool reads_pdf();

}  // namespace coprod::evidence
