// "Did you mean …?" for misspelt keys, values and rule ids.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

namespace coprod {

// The known word closest to `word`, when it is close enough to be a likely typo.
std::optional<std::string_view> nearest(std::string_view word,
                                        std::span<const std::string_view> known);

// The known words one slip of the keyboard from a word (a letter added,
// dropped or changed, or two neighbours swapped; case aside), found in time
// linear in the word's length however many words are known: for lists as
// long as a document can make them, where `nearest` would compare each
// word with every known one.
class OneSlip {
 public:
  explicit OneSlip(std::span<const std::string_view> known);
  std::optional<std::string_view> find(std::string_view word) const;

  // Longer words are never taken for a slip: an id is a few words long.
  static constexpr std::size_t kLongest = 64;

 private:
  // Each known word, and each with one letter dropped, lower case.
  std::unordered_multimap<std::string, std::string_view> index_;
};

// ", did you mean `x`?" or "" — to append to a message.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> known);

// Another way of saying a known word, for "did you mean" by meaning:
// `voluntary` for `vcse`.
struct Synonym {
  std::string_view word;   // lower case; may be several words ("third sector")
  std::string_view means;  // the known word
};

// The known word that `text` most likely means: one spelt nearly the same; or
// one whose words are all in `text` (`online survey` → `survey`, `Focus
// groups` → `focus-group`); or one a synonym in `text` stands for. Curly
// quotes around `text` are ignored.
std::optional<std::string_view> nearest_meaning(std::string_view text,
                                                std::span<const std::string_view> known,
                                                std::span<const Synonym> synonyms = {});

// A whole number written another way, in figures: `1,200` and `1 200` →
// `1200`, `twelve` → `12`, `about 40` and `40 people` → `40`; nothing when
// none can be told.
std::optional<std::string> whole_number_for(std::string_view text);

// ": write it in figures, without commas: `1200`" (or "" when none can be
// told), to append to a message about `text`.
std::string whole_number_hint(std::string_view text);

// "`a`, `b` or `c`"
std::string one_of(std::span<const std::string_view> known);

// Words as a sentence lists them: "a", "a and b", "a, b and c" (`last` is
// the word before the last item: "and" or "or").
std::string join_words(std::span<const std::string_view> parts, std::string_view last);
std::string join_words(std::span<const std::string> parts, std::string_view last);

}  // namespace coprod
