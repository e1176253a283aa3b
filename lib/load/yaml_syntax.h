// Syntax errors in the words of the people who write proposals: what is
// wrong, on the line where it is wrong, and the line as it should be written.
// The parser's own message is only the starting point, and never shown.
//
// A correction is offered only once it has been tried: the text so corrected
// is read again and must read past the error. Of the corrections that could
// be meant, the one that lets the most of the file be read is offered (then
// the likelier of them). With one correction made, the text is read on, so a
// file with several independent mistakes gets each of them in one run.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/location.h"
#include "load/yaml_tree.h"

namespace coprod::yaml {

// Reads `text` and says where it stops being YAML, if it does.
using Reread = std::function<std::optional<ParserError>(std::string_view text)>;

// Whether a word is a key of the format being read (`title`, `venue`); it
// helps tell a missing colon (`organisation An NHS trust`) from a line of
// text carried over (`clinic in the trust.`). Empty: any word may be a key.
using KnownKey = std::function<bool(std::string_view word)>;

// Where the first line indented with a non-breaking space is, if any (the
// parser would report it confusingly, or not at all).
std::optional<Location> nbsp_indentation(std::string_view text);

// The syntax error `error` in `text`, explained, with the correction it
// shows (if one reads past it).
Error explain_syntax(const ParserError& error, std::string_view text, const Reread& reread,
                     const KnownKey& known_key = {});

// Every syntax error in `text`, up to `max`, in the order of the file: after
// each, the text is read on with its correction made; an error for which
// none is found is set aside (its line left out) when it stands alone, and
// each error after it says it may follow from it; otherwise reading stops
// there. Lines and corrections are those of `text` as given.
std::vector<Error> explain_syntax_errors(std::string_view text, const Reread& reread,
                                         const KnownKey& known_key = {}, std::size_t max = 10);

// Each slip (yaml_tree.h) as an error of kind `format`, with its corrections.
std::vector<Error> explain_slips(const std::vector<Slip>& slips, std::string_view text);

// `text` with `correction` made.
std::string corrected(std::string_view text, const Correction& correction);

}  // namespace coprod::yaml
