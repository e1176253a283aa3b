#include "core/suggest.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "core/ascii.h"

namespace coprod {
namespace {

// Optimal string alignment distance: like Levenshtein, and a swap of two
// neighbouring letters ("tilte") counts as one edit.
std::size_t distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = ascii::to_lower(a[i - 1]) == ascii::to_lower(b[j - 1]) ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && ascii::to_lower(a[i - 1]) == ascii::to_lower(b[j - 2]) && ascii::to_lower(a[i - 2]) == ascii::to_lower(b[j - 1]))
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

}  // namespace

std::optional<std::string_view> nearest(std::string_view word,
                                        std::span<const std::string_view> known) {
  // Close enough to be a slip of the keyboard: about a third of the word.
  const std::size_t allowed = std::max<std::size_t>(2, std::max(word.size(), std::size_t{1}) / 3);
  std::optional<std::string_view> best;
  std::size_t best_distance = 0;
  for (std::string_view candidate : known) {
    // The distance is at least the difference in length: a long list of
    // candidates costs a comparison each, not an alignment each.
    const std::size_t gap = word.size() > candidate.size() ? word.size() - candidate.size()
                                                           : candidate.size() - word.size();
    if (gap > allowed) continue;
    const std::size_t d = distance(word, candidate);
    if (!best || d < best_distance) {
      best = candidate;
      best_distance = d;
    }
  }
  if (best && best_distance <= allowed && best_distance < std::max(word.size(), best->size()))
    return best;
  return std::nullopt;
}

namespace {

// The word, then the word with each letter dropped in turn.
template <class Visit>
void with_one_dropped(const std::string& word, Visit visit) {
  visit(word);
  for (std::size_t i = 0; i < word.size(); ++i) {
    std::string shorter = word;
    shorter.erase(i, 1);
    visit(shorter);
  }
}

}  // namespace

OneSlip::OneSlip(std::span<const std::string_view> known) {
  for (std::string_view word : known) {
    if (word.size() > kLongest) continue;
    with_one_dropped(ascii::to_lower(word), [&](const std::string& key) { index_.emplace(key, word); });
  }
}

std::optional<std::string_view> OneSlip::find(std::string_view word) const {
  if (word.size() > kLongest) return std::nullopt;
  // Two words one slip apart share the word or the word with one letter
  // dropped (a swap shares two); the distance says which shared ones are.
  std::optional<std::string_view> found;
  with_one_dropped(ascii::to_lower(word), [&](const std::string& key) {
    if (found) return;
    const auto [first, last] = index_.equal_range(key);
    for (auto it = first; it != last && !found; ++it)
      if (distance(word, it->second) <= 1) found = it->second;
  });
  return found;
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> known) {
  if (auto guess = nearest(word, known)) return fmt::format("; did you mean `{}`?", *guess);
  return {};
}

namespace {

// Lower-case words of `text`, split at anything not a letter or digit; a
// plural `s` is dropped from words of four letters or more.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (word.size() >= 4 && word.back() == 's') word.pop_back();
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (char c : text) {
    if (ascii::is_alnum(c))
      word += ascii::to_lower(c);
    else
      flush();
  }
  flush();
  return words;
}

bool contains_all(const std::vector<std::string>& haystack, const std::vector<std::string>& needles) {
  return !needles.empty() && std::all_of(needles.begin(), needles.end(), [&](const std::string& n) {
    return std::find(haystack.begin(), haystack.end(), n) != haystack.end();
  });
}

std::string_view without_curly_quotes(std::string_view text) {
  for (std::string_view q : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"}) {
    if (text.starts_with(q)) text.remove_prefix(q.size());
    if (text.ends_with(q)) text.remove_suffix(q.size());
  }
  return text;
}

}  // namespace

std::optional<std::string_view> nearest_meaning(std::string_view text,
                                                std::span<const std::string_view> known,
                                                std::span<const Synonym> synonyms) {
  text = without_curly_quotes(text);
  if (auto spelt = nearest(text, known)) return spelt;
  const std::vector<std::string> words = words_of(text);
  // The known word with the most words in the text: `co-design-group`
  // before `design` for "a co-design group".
  std::optional<std::string_view> best;
  std::size_t best_words = 0;
  for (std::string_view candidate : known) {
    const std::vector<std::string> parts = words_of(candidate);
    if (parts.size() > best_words && contains_all(words, parts)) {
      best = candidate;
      best_words = parts.size();
    }
  }
  if (best) return best;
  for (const Synonym& synonym : synonyms) {
    if (std::find(known.begin(), known.end(), synonym.means) == known.end()) continue;
    if (contains_all(words, words_of(synonym.word))) return synonym.means;
  }
  return std::nullopt;
}

std::optional<std::string> whole_number_for(std::string_view text) {
  // Figures with separators between groups of three: `1,200`, `12 000`.
  std::string digits;
  bool grouped = true;
  std::size_t group = 0, groups = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      digits += c;
      ++group;
    } else if ((c == ',' || c == ' ') && group > 0 && (groups == 0 ? group <= 3 : group == 3)) {
      ++groups;
      group = 0;
    } else {
      grouped = false;
      break;
    }
  }
  if (grouped && groups > 0 && group == 3 && digits.size() <= 9) return digits;
  // A number in words.
  static constexpr std::string_view kWords[] = {
      "zero",    "one",     "two",       "three",    "four",     "five",    "six",
      "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen", "twenty"};
  std::string word;
  for (char c : text) word += ascii::to_lower(c);
  for (std::size_t n = 0; n < std::size(kWords); ++n)
    if (word == kWords[n]) return std::to_string(n);
  // One number among words: `about 40`, `40 people`, `40+`.
  std::string only;
  std::size_t runs = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') continue;
    if (i == 0 || text[i - 1] < '0' || text[i - 1] > '9') ++runs;
    if (runs == 1) only += text[i];
  }
  if (runs == 1 && only.size() <= 9 && only != text &&
      text.find_first_of(".,/-:") == std::string_view::npos)
    return only;
  return std::nullopt;
}

std::string whole_number_hint(std::string_view text) {
  const auto number = whole_number_for(text);
  if (!number) return {};
  return fmt::format(": write it in figures, without commas or words: `{}`", *number);
}

std::string one_of(std::span<const std::string_view> known) {
  std::vector<std::string> quoted;
  for (std::string_view word : known) quoted.push_back(fmt::format("`{}`", word));
  return join_words(quoted, "or");
}

std::string join_words(std::span<const std::string_view> parts, std::string_view last) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? fmt::format(" {} ", last) : std::string(", ");
    out += parts[i];
  }
  return out;
}

std::string join_words(std::span<const std::string> parts, std::string_view last) {
  const std::vector<std::string_view> views(parts.begin(), parts.end());
  return join_words(views, last);
}

}  // namespace coprod
