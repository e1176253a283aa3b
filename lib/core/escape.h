// Escaping for the machine formats coprod writes by hand: XML (JUnit) and
// GitHub workflow commands. JSON and SARIF go through nlohmann-json instead.
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

// GitHub workflow commands (`::error file=…::message`): the message escapes
// % \r \n; a property value (file, title) also escapes : and ,.
std::string github_data(std::string_view text);
std::string github_property(std::string_view text);

}  // namespace coprod
