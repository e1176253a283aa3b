// Escaping proposal text for the output it lands in, so that what a team
// wrote is always shown as text and never read as markup. Templates get these
// through kainjow's custom escape, so {{name}} is safe in either format.
#pragma once

#include <string>
#include <string_view>

namespace coprod {

// &, <, >, " and ' as character references: safe in HTML text and attributes.
std::string escape_html(std::string_view text);

// Markdown punctuation backslash-escaped, HTML-significant characters as
// references, and line breaks as <br>, so a value stays inline: inside a
// table cell, a list item or a paragraph, whatever it contains.
std::string escape_markdown(std::string_view text);

}  // namespace coprod
