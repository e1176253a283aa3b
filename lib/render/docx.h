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
  std::string title;     // the document's title, for its properties
};

// The .docx file's bytes, built in memory so that nothing is written until
// the whole package is ready. Throws std::runtime_error when the container
// cannot be made.
std::string docx_package(const DocxParts& parts);

}  // namespace coprod
