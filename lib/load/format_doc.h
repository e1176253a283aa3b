// The reference tables of docs/format.md, written from the format's table
// (load/schema.h), so the page cannot drift from the loader: a test fails
// when the committed page is not what `coprod schema --format markdown`
// prints.
#pragma once

#include <string>

namespace coprod::format {

// Every section of the proposal, its keys, their types and what they mean,
// and the values each list allows, in Markdown.
std::string reference_markdown();

}  // namespace coprod::format
