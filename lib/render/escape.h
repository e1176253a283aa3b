// Escaping proposal text for HTML, so that what a team wrote is always shown
// as text and never read as markup (Markdown: markdown_escape.h). Templates get
// these through kainjow's custom escape, so {{name}} is safe in either format.
#pragma once

#include <string>
#include <string_view>

namespace coprod {

// &, <, >, " and ' as character references: safe in HTML text and attributes.
std::string escape_html(std::string_view text);


}  // namespace coprod
