#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/suggest.h"
#include "core/utf8.h"
#include "load/yaml_tree.h"
#include "rules/board_assurance/common.h"
#include "rules/example_header.h"
#include "rules/framework.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// The hidden characters in `text`, each written once as `<U+202E>`, in the
// order they first appear; empty when there are none.
std::vector<std::string> hidden_in(std::string_view text) {
  std::vector<char32_t> seen;
  std::vector<std::string> words;
  // Every hidden character is outside ASCII.
  const auto first = std::find_if(text.begin(), text.end(),
                                  [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  for (std::size_t i = std::size_t(first - text.begin()); i < text.size();) {
    char32_t code = 0;
    const std::size_t n = utf8_at(text, i, code);
    i += n == 0 ? 1 : n;
    if (n == 0 || !is_hidden_character(code)) continue;
    if (std::find(seen.begin(), seen.end(), code) != seen.end()) continue;
    seen.push_back(code);
    words.push_back(fmt::format("`<U+{:04X}>`", static_cast<std::uint32_t>(code)));
  }
  return words;
}

void check_integrity_hidden_characters(const Proposal& p, Reporter& out) {
  if (p.source == nullptr) return;
  walk_texts(p.source->root(), [&](const yaml::Node& n, const TextPath& at) {
    const std::vector<std::string> hidden = hidden_in(n.value);
    if (hidden.empty()) return;
    const std::string path = at.str();
    out.report_text(n.at, path, fmt::format("some text holds {} {}, which {} not show but can reverse or hide "
                           "what a reader sees, so the board paper would not say what the file "
                           "says",
                           hidden.size() == 1 ? "the hidden character" : "the hidden characters",
                           join_words(hidden, "and"), hidden.size() == 1 ? "does" : "do"),
               fmt::format("Remove {} from `{}`.", hidden.size() == 1 ? "it" : "them", path));
  });
}

}  // namespace

extern const Rule integrity_hidden_characters{
    .id = "integrity-hidden-characters",
    .item = &kIntegrity,
    .severity = Severity::warning,
    .title = "No text holds hidden or direction-changing characters",
    // Hidden characters are not in the slides; a paper that does not read as
    // it was written breaks the openness they ask of the board.
    .quote = "Trust and relationships with the community – linked to culture of the organisation "
             "and leadership behaviours, from Board down and bottom up.",
    .source = "Board steps: Who to involve?",
    .meets = "Every text of the proposal reads as it is written: no bidirectional control "
             "characters (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C) and no "
             "zero-width characters (U+200B to U+200D, U+2060, U+FEFF, soft hyphens), which "
             "outputs show as `<U+202E>` and the like.",
    .example = COPROD_EXAMPLE_TRUST,
    .check = check_integrity_hidden_characters,
};

}  // namespace coprod::rules
