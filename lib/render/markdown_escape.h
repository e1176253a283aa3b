// Makes text from a proposal safe to place in Markdown: it reads as the same
// words, creates no formatting, links or HTML, and stays inside a table cell.
// Separate from core/escape.h on purpose: Markdown is escaped with backslashes
// and `<br>`, and which characters matter depends on where the text sits.
#pragma once

#include <string>
#include <string_view>

namespace coprod {

// Backslash-escapes the characters that Markdown (CommonMark and GitHub's
// tables) would read as syntax where they stand, and no others, so the text
// still reads cleanly when pasted as plain text (never an HTML entity: `A&E`
// stays as it is); turns line breaks into `<br>` so a value stays on its line
// or in its cell, and drops trailing blank space.
std::string escape_markdown(std::string_view text);

// `text` as a Markdown code span that shows it exactly: the fence is longer
// than any run of backticks inside, and line breaks become spaces.
std::string markdown_code(std::string_view text);

// A message of coprod's own, whose `quoted` parts (key names, values from the
// proposal) become code spans and the rest is escaped as escape_markdown does.
// An unpaired backtick is shown as itself.
std::string markdown_message(std::string_view message);

}  // namespace coprod
