// The readers of each kind of file, for read.cpp: each takes the file's bytes
// (already read within Limits) and fills the lines of `text`, or sets its
// status and problem.
#pragma once

#include <string>
#include <string_view>

#include "evidence/read.h"

namespace coprod::evidence {

// Markdown and plain text: UTF-8 (a byte order mark is dropped), no zero
// byte; lines end with LF, CRLF or CR.
void read_plain(std::string_view bytes, const Limits& limits, Text& text);

// A Word document's paragraphs (word/document.xml), one line each.
void read_docx(std::string_view bytes, const Limits& limits, Text& text);

// The paragraphs of word/document.xml once uncompressed (part of read_docx).
void read_docx_xml(std::string xml, const Limits& limits, Text& text);

// A PDF's text, page by page (evidence/pdf.cpp; with COPROD_PDF only).
void read_pdf(std::string_view bytes, const Limits& limits, Text& text);

// "2 MB", "1.5 MB", "300 KB", "12 bytes".
std::string size_in_words(std::size_t bytes);

// Text with every byte that is not UTF-8 replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

// Adds each line of `text` (split at LF, CRLF or CR) to `out.lines`, numbered
// from `first`; only those with something other than spaces when `skip_blank`.
void add_lines(std::string_view text, std::uint32_t first, std::uint32_t page, bool skip_blank,
               Text& out);

}  // namespace coprod::evidence
