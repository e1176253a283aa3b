#include "evidence/pattern.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

namespace coprod::evidence {
namespace {

// --- words ----------------------------------------------------------------

bool is_letter_or_digit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// Punctuation written with more than one byte, and what it counts as.
enum class Mark : std::uint8_t { none, space, apostrophe_or_close, open_quote, close_quote, dash };

// The mark at s[i] (and its length), when s[i] starts one.
Mark mark_at(std::string_view s, std::size_t i, std::size_t& length) {
  length = 1;
  const auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (b(0) == 0xC2 && b(1) == 0xA0) { length = 2; return Mark::space; }  // no-break space
  if (b(0) != 0xE2 || b(1) != 0x80) return Mark::none;
  length = 3;
  switch (b(2)) {
    case 0x98: return Mark::open_quote;            // ‘
    case 0x99: return Mark::apostrophe_or_close;   // ’
    case 0x9C: return Mark::open_quote;            // “
    case 0x9D: return Mark::close_quote;           // ”
    case 0x90: case 0x91: case 0x93: case 0x94: return Mark::dash;  // hyphens, en and em dash
    case 0xA6: return Mark::dash;                  // …
    case 0xA2: return Mark::space;                 // • (a bullet)
    case 0x89: case 0x8A: case 0xAF: case 0x80: case 0x81: case 0x82: case 0x83: case 0x84:
    case 0x85: case 0x86: case 0x87: case 0x88: return Mark::space;  // the other spaces
    default: length = 1; return Mark::none;
  }
}

class WordBuilder {
 public:
  explicit WordBuilder(std::string_view sentence) : s_(sentence) {
    out_.storage.reserve(sentence.size() * 2 + 16);
  }

  Words build() {
    std::size_t i = 0;
    while (i < s_.size()) {
      std::size_t length = 1;
      const char c = s_[i];
      const Mark mark = mark_at(s_, i, length);
      if (is_word_byte(i)) {
        i = word(i);
        continue;
      }
      if (mark == Mark::dash || c == '-') {
        // A hyphen inside a word separates; a dash between words ends a clause.
        const bool inside = i + length < s_.size() && word_before(i) && is_word_byte(i + length);
        if (!inside) ++clause_;
      } else if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' ||
                 c == '{' || c == '}') {
        ++clause_;
      } else if (c == '"') {
        quote_mark(open_quote_ < 0);
      } else if (mark == Mark::open_quote) {
        quote_mark(true);
      } else if (mark == Mark::close_quote || mark == Mark::apostrophe_or_close) {
        quote_mark(false);
      } else if (c == '\'') {
        const bool after_space = !word_before(i);
        const bool before_word = i + 1 < s_.size() && is_word_byte(i + 1);
        if (after_space && before_word) quote_mark(true);
        else if (!before_word) quote_mark(false);
      } else if (c == '?') {
        if (open_quote_ >= 0) out_.quotes[std::size_t(open_quote_)].question = true;
      }
      i += length;
    }
    quote_mark(false);
    finish();
    return std::move(out_);
  }

 private:
  // Letters, digits and any other character beyond ASCII that is not a mark:
  // "café" and "Siân" are words.
  bool is_word_byte(std::size_t i) const {
    const char c = s_[i];
    if (is_letter_or_digit(c)) return true;
    if (static_cast<unsigned char>(c) < 0x80) return false;
    std::size_t length = 0;
    // Inside a multi-byte character (not at its lead byte) it belongs to the word too.
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) return true;
    return mark_at(s_, i, length) == Mark::none;
  }

  // Whether the character before byte i is part of a word.
  bool word_before(std::size_t i) const {
    if (i == 0) return false;
    std::size_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(s_[j]) & 0xC0) == 0x80) --j;
    return is_word_byte(j);
  }

  // An apostrophe (' or ’) between two word bytes is part of the word.
  std::size_t apostrophe_at(std::size_t i) const {
    if (i >= s_.size()) return 0;
    if (s_[i] == '\'') return 1;
    std::size_t length = 0;
    return mark_at(s_, i, length) == Mark::apostrophe_or_close ? length : 0;
  }

  std::size_t word(std::size_t i) {
    const std::size_t begin = i;
    std::string text;
    while (i < s_.size()) {
      if (is_word_byte(i)) {
        text += to_lower(s_[i]);
        ++i;
        continue;
      }
      const std::size_t a = apostrophe_at(i);
      if (a > 0 && i + a < s_.size() && is_word_byte(i + a)) {
        text += '\'';
        i += a;
        continue;
      }
      // "members'" : a closing apostrophe after an s is a plural possessive.
      if (a > 0 && !text.empty() && text.back() == 's' && (i + a >= s_.size() || !is_word_byte(i + a))) {
        i += a;
        break;
      }
      break;
    }
    add_written(text, std::uint32_t(begin), std::uint32_t(i));
    return i;
  }

  void add(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    Word w;
    w.begin = begin;
    w.end = end;
    w.clause = clause_;
    w.quote = open_quote_;
    offsets_.emplace_back(out_.storage.size(), text.size());
    out_.storage.append(text);
    out_.list.push_back(w);
  }

  // A word as written, with its contraction spelt out.
  void add_written(const std::string& text, std::uint32_t begin, std::uint32_t end) {
    const auto ends = [&](std::string_view suffix) { return text.size() > suffix.size() && text.ends_with(suffix); };
    const std::string_view t = text;
    if (t == "cannot") return add("can", begin, end), add("not", begin, end);
    if (t == "noone") return add("no", begin, end), add("one", begin, end);
    if (ends("n't")) {
      std::string_view base = t.substr(0, t.size() - 3);
      if (base == "ca") base = "can";
      else if (base == "wo") base = "will";
      else if (base == "sha") base = "shall";
      else if (base == "ai") base = "is";
      return add(base, begin, end), add("not", begin, end);
    }
    if (ends("'s")) {
      const std::string_view base = t.substr(0, t.size() - 2);
      static constexpr std::string_view kIs[] = {"it", "that", "there", "what", "here", "who",
                                                 "he", "she", "where", "this", "everything"};
      for (const std::string_view w : kIs)
        if (base == w) return add(base, begin, end), add("is", begin, end);
      return add(base, begin, end);
    }
    static constexpr std::pair<std::string_view, std::string_view> kShort[] = {
        {"'ve", "have"}, {"'re", "are"}, {"'ll", "will"}, {"'d", "had"}, {"'m", "am"}};
    for (const auto& [suffix, full] : kShort)
      if (ends(suffix)) return add(t.substr(0, t.size() - suffix.size()), begin, end), add(full, begin, end);
    add(t, begin, end);
  }

  void quote_mark(bool open) {
    const std::uint32_t at = std::uint32_t(out_.list.size());
    if (open) {
      if (open_quote_ >= 0) return;  // nested quotation marks: keep the outer one
      open_quote_ = std::int16_t(out_.quotes.size());
      out_.quotes.push_back({at, at, false});
    } else if (open_quote_ >= 0) {
      out_.quotes[std::size_t(open_quote_)].end = at;
      open_quote_ = -1;
    }
  }

  void finish() {
    for (std::size_t k = 0; k < out_.list.size(); ++k)
      out_.list[k].text = std::string_view(out_.storage).substr(offsets_[k].first, offsets_[k].second);
    // "May" the month is not "may" the guess: capitalised after the first
    // word, or before a number.
    for (std::size_t k = 0; k < out_.list.size(); ++k) {
      Word& w = out_.list[k];
      if (w.text != "may") continue;
      const bool capital = s_[w.begin] == 'M';
      const bool number = k + 1 < out_.list.size() && !out_.list[k + 1].text.empty() &&
                          out_.list[k + 1].text[0] >= '0' && out_.list[k + 1].text[0] <= '9';
      if ((capital && k > 0) || number) w.text = "may-month";
    }
    out_.question = ends_with_question();
  }

  // The last character, past closing quotes, brackets and emphasis, is "?".
  bool ends_with_question() const {
    std::size_t end = s_.size();
    while (end > 0) {
      const char c = s_[end - 1];
      if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == '_') {
        --end;
      } else if (end >= 3 && s_[end - 3] == '\xE2' && s_[end - 2] == '\x80' &&
                 (s_[end - 1] == '\x9D' || s_[end - 1] == '\x99')) {
        end -= 3;
      } else {
        return c == '?';
      }
    }
    return false;
  }

  std::string_view s_;
  Words out_;
  std::vector<std::pair<std::size_t, std::size_t>> offsets_;
  std::uint16_t clause_ = 0;
  std::int16_t open_quote_ = -1;
};

// --- patterns ---------------------------------------------------------------

class Compiler {
 public:
  Compiler(std::string_view pattern, const std::vector<ListDefinition>& lists, Lexicon& lexicon)
      : p_(pattern), lists_(lists), lexicon_(lexicon) {}

  Sequence compile() {
    Sequence s = sequence(0);
    if (i_ < p_.size()) fail(fmt::format("unexpected '{}'", p_[i_]));
    if (s.empty()) fail("empty");
    const Node& first = s.front();
    if (first.type == Node::Type::optional || first.type == Node::Type::gap)
      fail("it must start with a word, a choice or a list");
    return s;
  }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw std::invalid_argument(fmt::format("phrase pattern \"{}\": {}", p_, why));
  }

  void skip_spaces() {
    while (i_ < p_.size() && p_[i_] == ' ') ++i_;
  }

  // Elements until ) ] | or the end; `depth` bounds nesting.
  Sequence sequence(int depth) {
    if (depth > 8) fail("nested too deep");
    Sequence out;
    while (true) {
      skip_spaces();
      if (i_ >= p_.size() || p_[i_] == ')' || p_[i_] == ']' || p_[i_] == '|') return out;
      const char c = p_[i_];
      if (c == '(' || c == '[') {
        ++i_;
        Node n;
        n.type = c == '(' ? Node::Type::choice : Node::Type::optional;
        n.choices = split(choices(depth, c == '(' ? ')' : ']'));
        out.push_back(std::move(n));
      } else if (c == '~') {
        ++i_;
        if (i_ >= p_.size() || p_[i_] < '1' || p_[i_] > '9') fail("~ needs a count from 1 to 9");
        Node n;
        n.type = Node::Type::gap;
        n.count = p_[i_++] - '0';
        out.push_back(std::move(n));
      } else if (c == '@') {
        ++i_;
        const std::string name = token();
        out.push_back(list(name, depth));
      } else {
        std::string word = token();
        if (word.empty()) fail(fmt::format("unexpected '{}'", c));
        Node n;
        if (word.back() == '*') {
          word.pop_back();
          if (word.size() < 3) fail("a prefix needs at least three letters");
          n.type = Node::Type::prefix;
        }
        for (const char w : word)
          if (!((w >= 'a' && w <= 'z') || (w >= '0' && w <= '9')))
            fail(fmt::format("\"{}\": a word is lower-case letters and digits (write \"tick box\" "
                             "for tick-box, \"did not\" for didn't)",
                             word));
        if (n.type == Node::Type::word) n.id = lexicon_.add(word);
        n.text = std::move(word);
        out.push_back(std::move(n));
      }
    }
  }

  // One-word alternatives go into a set, looked up at once: most patterns
  // are long lists of words, and most words of a text start none of them.
  static std::shared_ptr<const Choices> split(std::vector<Sequence> alternatives) {
    auto out = std::make_shared<Choices>();
    for (Sequence& a : alternatives) {
      if (a.size() == 1 && a[0].type == Node::Type::word) out->words.push_back(a[0].id);
      else out->sequences.push_back(std::move(a));
    }
    std::sort(out->words.begin(), out->words.end());
    out->words.erase(std::unique(out->words.begin(), out->words.end()), out->words.end());
    return out;
  }

  std::vector<Sequence> choices(int depth, char close) {
    std::vector<Sequence> out;
    while (true) {
      out.push_back(sequence(depth + 1));
      if (out.back().empty()) fail("an empty choice");
      if (i_ >= p_.size()) fail(fmt::format("missing '{}'", close));
      if (p_[i_] == '|') {
        ++i_;
        continue;
      }
      if (p_[i_] != close) fail(fmt::format("'{}' closed by '{}'", close == ')' ? '(' : '[', p_[i_]));
      ++i_;
      return out;
    }
  }

  std::string token() {
    const std::size_t begin = i_;
    while (i_ < p_.size() && p_[i_] != ' ' && p_[i_] != '(' && p_[i_] != ')' && p_[i_] != '[' &&
           p_[i_] != ']' && p_[i_] != '|' && p_[i_] != '~' && p_[i_] != '@')
      ++i_;
    return std::string(p_.substr(begin, i_ - begin));
  }

  Node list(const std::string& name, int depth) {
    for (const ListDefinition& l : lists_) {
      if (l.name != name) continue;
      Node n;
      n.type = Node::Type::choice;
      Compiler inner(l.entries, lists_, lexicon_);
      inner.i_ = 0;
      std::vector<Sequence> entries;
      while (true) {
        entries.push_back(inner.sequence(depth + 1));
        if (entries.back().empty()) inner.fail(fmt::format("an empty entry in list @{}", name));
        if (inner.i_ >= inner.p_.size()) break;
        if (inner.p_[inner.i_] != '|') inner.fail(fmt::format("unexpected '{}' in list @{}", inner.p_[inner.i_], name));
        ++inner.i_;
      }
      n.choices = split(std::move(entries));
      return n;
    }
    fail(fmt::format("no list @{}", name));
  }

  std::string_view p_;
  const std::vector<ListDefinition>& lists_;
  Lexicon& lexicon_;
  std::size_t i_ = 0;
};

// The words and prefixes a sequence can start with.
void firsts(const Sequence& s, std::size_t i, std::vector<std::int32_t>& words,
            std::vector<std::string>& prefixes) {
  if (i >= s.size()) return;
  const Node& n = s[i];
  switch (n.type) {
    case Node::Type::word: words.push_back(n.id); return;
    case Node::Type::prefix: prefixes.push_back(n.text); return;
    case Node::Type::choice:
      words.insert(words.end(), n.choices->words.begin(), n.choices->words.end());
      for (const Sequence& c : n.choices->sequences) firsts(c, 0, words, prefixes);
      return;
    case Node::Type::optional:
      words.insert(words.end(), n.choices->words.begin(), n.choices->words.end());
      for (const Sequence& c : n.choices->sequences) firsts(c, 0, words, prefixes);
      firsts(s, i + 1, words, prefixes);
      return;
    case Node::Type::gap: firsts(s, i + 1, words, prefixes); return;
  }
}

// Backtracking match, shortest first, with the rest of the enclosing
// sequences as a chain of frames; the gaps taken are kept on a stack that
// holds exactly the successful path's when it returns true.
struct Frame {
  const Sequence* sequence;
  std::size_t index;
  const Frame* next;
};

class Run {
 public:
  explicit Run(const std::vector<Word>& words) : w_(words) {}
  std::vector<std::pair<std::uint32_t, std::uint32_t>> gaps;

  bool match(const Sequence& s, std::size_t i, std::uint32_t at, const Frame* next, std::uint32_t& end) {
    if (i == s.size()) {
      if (next == nullptr) {
        end = at;
        return true;
      }
      return match(*next->sequence, next->index, at, next->next, end);
    }
    const Node& n = s[i];
    switch (n.type) {
      case Node::Type::word:
        return at < w_.size() && w_[at].id == n.id && match(s, i + 1, at + 1, next, end);
      case Node::Type::prefix:
        return at < w_.size() && w_[at].text.starts_with(n.text) && match(s, i + 1, at + 1, next, end);
      case Node::Type::choice:
      case Node::Type::optional: {
        if (at < w_.size() && w_[at].id >= 0 &&
            std::binary_search(n.choices->words.begin(), n.choices->words.end(), w_[at].id) &&
            match(s, i + 1, at + 1, next, end))
          return true;
        const Frame rest{&s, i + 1, next};
        for (const Sequence& c : n.choices->sequences)
          if (match(c, 0, at, &rest, end)) return true;
        return n.type == Node::Type::optional && match(s, i + 1, at, next, end);
      }
      case Node::Type::gap:
        for (std::uint32_t k = 0; k <= std::uint32_t(n.count) && at + k <= w_.size(); ++k) {
          if (k > 0) gaps.emplace_back(at, at + k);
          if (match(s, i + 1, at + k, next, end)) return true;
          if (k > 0) gaps.pop_back();
        }
        return false;
    }
    return false;
  }

 private:
  const std::vector<Word>& w_;
};

}  // namespace

Words words_of(std::string_view sentence) { return WordBuilder(sentence).build(); }

Sequence compile(std::string_view pattern, const std::vector<ListDefinition>& lists, Lexicon& lexicon) {
  return Compiler(pattern, lists, lexicon).compile();
}

std::int32_t Lexicon::add(std::string_view word) {
  if (const auto found = ids_.find(word); found != ids_.end()) return found->second;
  const auto id = std::int32_t(ids_.size());
  ids_.emplace(std::string(word), id);
  return id;
}

std::int32_t Lexicon::find(std::string_view word) const {
  const auto found = ids_.find(word);
  return found == ids_.end() ? -1 : found->second;
}

void Lexicon::identify(Words& words) const {
  for (Word& w : words.list) w.id = find(w.text);
}

void PatternSet::add(Sequence pattern, std::size_t id) {
  std::vector<std::int32_t> words;
  std::vector<std::string> prefixes;
  firsts(pattern, 0, words, prefixes);
  const auto index = std::uint32_t(patterns_.size());
  patterns_.emplace_back(std::move(pattern), id);
  for (const std::int32_t w : words) {
    if (std::size_t(w) >= by_word_.size()) by_word_.resize(std::size_t(w) + 1);
    std::vector<std::uint32_t>& ids = by_word_[std::size_t(w)];
    if (ids.empty() || ids.back() != index) ids.push_back(index);
  }
  for (std::string& p : prefixes) by_prefix_.emplace_back(std::move(p), index);
}

void PatternSet::matches_at(const std::vector<Word>& words, std::uint32_t at, std::vector<Match>& out) const {
  if (at >= words.size()) return;
  const std::string_view word = words[at].text;
  const auto try_pattern = [&](std::uint32_t index) {
    Run run(words);
    std::uint32_t end = 0;
    if (run.match(patterns_[index].first, 0, at, nullptr, end))
      out.push_back({patterns_[index].second, at, end, std::move(run.gaps)});
  };
  // Most words start no pattern: they are looked up without allocating.
  const std::int32_t id = words[at].id;
  const std::vector<std::uint32_t>* listed =
      id >= 0 && std::size_t(id) < by_word_.size() ? &by_word_[std::size_t(id)] : nullptr;
  if (listed != nullptr)
    for (const std::uint32_t index : *listed) try_pattern(index);
  for (const auto& [prefix, index] : by_prefix_) {
    if (!word.starts_with(prefix)) continue;
    if (listed != nullptr && std::find(listed->begin(), listed->end(), index) != listed->end()) continue;
    try_pattern(index);
  }
}

bool PatternSet::any_at(const std::vector<Word>& words, std::uint32_t at, std::uint32_t& end) const {
  std::vector<Match> found;
  matches_at(words, at, found);
  if (found.empty()) return false;
  end = found.front().end;
  return true;
}

}  // namespace coprod::evidence
