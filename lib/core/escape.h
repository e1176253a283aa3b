// Escaping for what coprod writes by hand: XML (JUnit), HTML (the appendix,
// the report, the ladder chart) and GitHub workflow commands. JSON and SARIF
// go through nlohmann-json instead; Markdown has its own rules, in
// render/markdown_escape.h (it escapes syntax with backslashes, not entities).
#pragma once

#include <string>
#include <string_view>

namespace coprod {

// Text safe inside an XML 1.0 element or attribute value: & < > " ' become
// entities, characters XML 1.0 forbids (control characters other than tab,
// newline and carriage return, U+FFFE, U+FFFF, and bytes that are not UTF-8)
// are dropped. In an attribute, tab, newline and carriage return become
// character references so a parser's attribute normalisation keeps them.
std::string xml_text(std::string_view text);
std::string xml_attribute(std::string_view text);

// Text safe in HTML text and attribute values (proposal text in templates is
// always shown as text, never read as markup): the same as xml_text, except
// that ' becomes &#39; (HTML 4 and some mail readers do not know &apos;).
std::string escape_html(std::string_view text);

// A quoted CSS string ("…") that shows `text` as it is, for the running
// header a printed page draws from a stylesheet (`@top-left { content: … }`):
// every character but letters, digits and spaces is a hex escape, so no
// quote, backslash or `</style>` survives. Line breaks become spaces; bytes
// that are not UTF-8 and control characters are dropped.
std::string css_string(std::string_view text);

// GitHub workflow commands (`::error file=…::message`): the message escapes
// % \r \n; a property value (file, title) also escapes : and ,.
std::string github_data(std::string_view text);
std::string github_property(std::string_view text);

}  // namespace coprod
