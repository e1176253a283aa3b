// Makes text from a proposal safe to place in Markdown: it reads as the same
// words, creates no formatting, links or HTML, and stays inside a table cell.
#pragma once

#include <string>
#include <string_view>

namespace coprod {

// Backslash-escapes the characters that Markdown (CommonMark and GitHub's
// tables) would read as syntax, turns line breaks into `<br>` so a value stays
// on its line or in its cell, and drops trailing blank space.
std::string escape_markdown(std::string_view text);

}  // namespace coprod
