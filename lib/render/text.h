// Compiler-style lines, `file:line:col: severity: message [rule-id]`, a
// verdict per proposal and a summary line: for terminals and logs.
#pragma once

#include <memory>

#include "render/render.h"

namespace coprod {

// One finding as a line, without the newline: `file:12:7: warning: … [who-paid]`;
// when the finding has guidance of its own, a second, indented line holds it.
// `also`: the other frameworks' items it serves ("legal-duties/consultation"), shown after the id.
std::string text_line(std::string_view file, const Finding& finding, bool color = false,
                      const std::vector<std::string>& also = {});

// One error as a line, without the newline: `file:3:1: error: …`.
std::string text_line(std::string_view file, const Error& error, bool color = false);

// A configuration notice as a line, without the newline:
// `.coprod.yaml:16:14: warning: … [integrity-waivers]`.
std::string text_line(const Notice& notice, bool color = false);

}  // namespace coprod
