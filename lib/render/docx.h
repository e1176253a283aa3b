// A Word document (.docx, Office Open XML) from a rendered document part: the
// board secretary's working format. coprod writes the package (the zip
// container, its content types and relationships); the document part comes
// from a template (templates/appendix.docx.mustache) and the styles part
// from a styles.xml beside it, so a trust can swap in its own.
#pragma once

#include <string>

namespace coprod {

struct DocxParts {
  std::string document;  // word/document.xml
  std::string styles;    // word/styles.xml
  std::string title;     // the document's title, for its properties and running header
  std::string reference; // the proposal's reference, beside the title in the running header
  std::string footer;    // the footer's note before "Page X of Y" ("Checked 30 June 2026")
};

// The package adds what every page carries: a running header (title and
// reference) and a footer ("Page X of Y", as fields Word updates), and the
// numbering the list styles use: numId 1 bullets (two levels), numId 2
// numbers, one sequence through the document.
//
// The .docx file's bytes, built in memory so that nothing is written until
// the whole package is ready. Throws std::runtime_error when the container
// cannot be made.
std::string docx_package(const DocxParts& parts);

// One part of a Word file a trust supplies (.docx or .dotx), such as
// "word/styles.xml"; empty when the file has no such part. Throws
// std::runtime_error when the file is not a Word package.
std::string docx_part(const std::string& path, const char* part);

}  // namespace coprod
