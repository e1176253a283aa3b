#include "evidence/statements.h"

#include <algorithm>
#include <array>

#include "evidence/pattern.h"
#include "evidence/phrases.h"
#include "privacy/personal_data.h"

namespace coprod::evidence {
namespace {

// --- sentences -------------------------------------------------------------

constexpr std::size_t kMaxSentenceBytes = 1000;

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\f\v") == std::string_view::npos;
}

// Markdown that starts a block of its own: a heading, a list item, a quote, a
// table row or a rule. Returns how many bytes of marker to drop (0 when the
// line just continues the paragraph), or npos for a rule or a code fence,
// which holds no sentence.
std::size_t block_marker(std::string_view line, bool& starts_block) {
  std::size_t i = line.find_first_not_of(" \t");
  starts_block = false;
  if (i == std::string_view::npos) return 0;
  const std::string_view rest = line.substr(i);
  if (rest.starts_with("```") || rest.starts_with("~~~") || rest == "---" || rest == "***" ||
      rest == "___")
    return (starts_block = true), std::string_view::npos;
  std::size_t j = i;
  if (rest[0] == '#') {
    while (j < line.size() && line[j] == '#') ++j;
    return (starts_block = true), j;
  }
  if (rest[0] == '>' || rest[0] == '|') return (starts_block = true), i + 1;
  if ((rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && rest.size() > 1 && rest[1] == ' ')
    return (starts_block = true), i + 2;
  while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
  if (j > i && j - i <= 3 && j + 1 < line.size() && (line[j] == '.' || line[j] == ')') && line[j + 1] == ' ')
    return (starts_block = true), j + 2;
  return 0;
}

// A paragraph being gathered: its text, and where each of its lines starts in it.
struct Block {
  std::string text;
  std::vector<std::pair<std::size_t, std::uint32_t>> starts;  // offset, line number
  std::uint32_t page = 0;

  void add(std::string_view line, std::uint32_t number) {
    if (!text.empty()) text += ' ';
    starts.emplace_back(text.size(), number);
    text.append(line);
  }
  std::uint32_t line_at(std::size_t offset) const {
    if (starts.empty()) return 0;
    // The last line that starts at or before `offset` (a paragraph may have thousands).
    auto after = std::upper_bound(starts.begin(), starts.end(), offset,
                                  [](std::size_t o, const auto& start) { return o < start.first; });
    return after == starts.begin() ? starts.front().second : std::prev(after)->second;
  }
};

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Words after which a full stop does not end a sentence.
bool abbreviation_before(std::string_view text, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && (is_lower(text[b - 1]) || is_upper(text[b - 1]) || text[b - 1] == '.')) --b;
  std::string word;
  for (std::size_t k = b; k < dot; ++k) word += char(is_upper(text[k]) ? text[k] - 'A' + 'a' : text[k]);
  if (word.size() == 1 && is_upper(text[b])) return true;  // an initial: "J. Smith"
  static constexpr std::string_view kAbbreviations[] = {
      "dr", "mr", "mrs", "ms", "mx", "prof", "rev", "cllr", "st", "no", "nos", "vs", "approx",
      "dept", "fig", "p", "pp", "ref", "e.g", "i.e", "eg", "ie", "cf", "al", "inc", "ltd", "co",
      "sr", "jr", "est", "tel", "ext"};
  for (const std::string_view a : kAbbreviations)
    if (word == a) return true;
  return false;
}

// Splits a block into sentences after . ! ? (and closing quotes or brackets)
// followed by a space and not by a lower-case letter; "|" (a table's cells)
// always separates.
void split_block(const Block& block, std::vector<Sentence>& out) {
  const std::string_view text = block.text;
  std::size_t start = 0;
  const auto emit = [&](std::size_t end) {
    while (start < end) {
      std::size_t s = start;
      while (s < end && (text[s] == ' ' || text[s] == '\t')) ++s;
      std::size_t e = end;
      while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
      if (s >= e) break;
      std::size_t cut = e;
      if (e - s > kMaxSentenceBytes) {
        cut = text.rfind(' ', s + kMaxSentenceBytes);
        if (cut == std::string_view::npos || cut <= s) {
          cut = s + kMaxSentenceBytes;
          while (cut > s && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
          if (cut == s) cut = s + kMaxSentenceBytes;
        }
      }
      out.push_back({std::string(text.substr(s, cut - s)), block.line_at(s), block.page});
      start = cut;
    }
    start = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '|') {
      emit(i);
      start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t j = i + 1;
    while (j < text.size() && (text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '"' ||
                               text[j] == '\'' || text[j] == ')' || text[j] == ']' || text[j] == '*' ||
                               text[j] == '_'))
      ++j;
    // Closing curly quotes: ” and ’.
    while (j + 2 < text.size() + 0 && text[j] == '\xE2' && text[j + 1] == '\x80' &&
           (text[j + 2] == '\x9D' || text[j + 2] == '\x99'))
      j += 3;
    if (j < text.size() && text[j] != ' ' && text[j] != '\t') continue;
    std::size_t next = j;
    while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
    if (next < text.size() && is_lower(text[next])) continue;
    if (c == '.' && abbreviation_before(text, i)) continue;
    emit(j);
    i = j > i ? j - 1 : i;
  }
  emit(text.size());
}

// --- the compiled phrase lists ---------------------------------------------

struct Compiled {
  Lexicon lexicon;
  PatternSet phrases;
  std::vector<PatternSet> unless, only_if;  // per phrase
  PatternSet negations, pseudo_negations, negations_after, suppositions, question_words,
      auxiliaries, scope_ends, supposition_ends, before_cues;
};

void add_all(PatternSet& set, std::span<const std::string_view> patterns,
             const std::vector<ListDefinition>& lists, Lexicon& lexicon) {
  for (const std::string_view p : patterns) set.add(compile(p, lists, lexicon), set.size());
}

// Patterns written one after another, separated by " ; ".
PatternSet alternatives(std::string_view patterns, const std::vector<ListDefinition>& lists,
                        Lexicon& lexicon) {
  PatternSet set;
  while (!patterns.empty()) {
    const std::size_t semicolon = patterns.find(" ; ");
    set.add(compile(patterns.substr(0, semicolon), lists, lexicon), set.size());
    patterns = semicolon == std::string_view::npos ? std::string_view() : patterns.substr(semicolon + 3);
  }
  return set;
}

Compiled compile_vocabulary() {
  const Vocabulary& v = vocabulary();
  const std::vector<ListDefinition> lists(v.lists.begin(), v.lists.end());
  Compiled c;
  for (std::size_t i = 0; i < v.phrases.size(); ++i) {
    c.phrases.add(compile(v.phrases[i].pattern, lists, c.lexicon), i);
    c.unless.push_back(alternatives(v.phrases[i].unless, lists, c.lexicon));
    c.only_if.push_back(alternatives(v.phrases[i].only_if, lists, c.lexicon));
  }
  add_all(c.negations, v.negations, lists, c.lexicon);
  add_all(c.pseudo_negations, v.pseudo_negations, lists, c.lexicon);
  add_all(c.negations_after, v.negations_after, lists, c.lexicon);
  add_all(c.suppositions, v.suppositions, lists, c.lexicon);
  add_all(c.question_words, v.question_words, lists, c.lexicon);
  add_all(c.auxiliaries, v.auxiliaries, lists, c.lexicon);
  add_all(c.scope_ends, v.scope_ends, lists, c.lexicon);
  for (const std::string_view end : v.scope_ends)
    if (end != "and" && end != "who" && end != "which")
      c.supposition_ends.add(compile(end, lists, c.lexicon), c.supposition_ends.size());
  add_all(c.before_cues, v.before_cues, lists, c.lexicon);
  return c;
}

const Compiled& compiled() {
  static const Compiled c = compile_vocabulary();
  return c;
}

// --- whether a phrase is asserted --------------------------------------------

class Judge {
 public:
  Judge(const Compiled& c, const Words& w) : c_(c), w_(w) {}

  // `floor`: words before it are not looked at for a negation or a
  // supposition. A phrase's context (an `unless` after it) is judged from
  // the phrase's end: in "were not listened to by the GP", the "not" is the
  // phrase's, not the context's.
  bool asserted(const PatternSet::Match& m, std::uint32_t floor = 0) const {
    return !negated_before(m.begin, floor) && !cue_in_gaps(m, c_.negations, true) &&
           !negated_after(m.end) && !supposed(m.begin, floor) &&
           !cue_in_gaps(m, c_.suppositions, false) && !asked(m.begin);
  }

  // Whether a pattern of `set` matches anywhere in the sentence, asserted or not.
  bool anywhere(const PatternSet& set) const {
    std::vector<PatternSet::Match> found;
    for (std::uint32_t at = 0; at < w_.list.size(); ++at) {
      set.matches_at(w_.list, at, found);
      if (!found.empty()) return true;
    }
    return false;
  }

  // Whether a pattern of `set` matches anywhere in the sentence, asserted;
  // one after `phrase` is judged from the phrase's end.
  bool asserted_anywhere(const PatternSet& set, std::uint32_t phrase_end = 0) const {
    std::vector<PatternSet::Match> found;
    for (std::uint32_t at = 0; at < w_.list.size(); ++at) {
      found.clear();
      set.matches_at(w_.list, at, found);
      for (const PatternSet::Match& m : found)
        if (asserted(m, m.begin >= phrase_end ? phrase_end : 0)) return true;
    }
    return false;
  }

 private:
  // Whether a cue of `set` starts at word j and ends by `limit`.
  bool cue(const PatternSet& set, std::uint32_t j, std::uint32_t limit) const {
    std::uint32_t end = 0;
    return set.any_at(w_.list, j, end) && end <= limit;
  }

  bool pseudo(std::uint32_t j) const {
    std::uint32_t end = 0;
    if (c_.pseudo_negations.any_at(w_.list, j, end)) return true;
    return j > 0 && c_.pseudo_negations.any_at(w_.list, j - 1, end) && end > j;
  }

  bool negation_at(std::uint32_t j, std::uint32_t limit) const {
    return cue(c_.negations, j, limit) && !pseudo(j);
  }

  // NegEx: a negation in the same clause, a few words back, with no word
  // such as "but" or "and" between.
  bool negated_before(std::uint32_t begin, std::uint32_t floor) const {
    const std::uint16_t clause = w_.list[begin].clause;
    for (std::uint32_t j = begin; j-- > floor && begin - j <= std::uint32_t(kNegationReach);) {
      if (w_.list[j].clause != clause) return false;
      if (cue(c_.scope_ends, j, begin)) return false;
      if (negation_at(j, begin)) return true;
    }
    return false;
  }

  bool negated_after(std::uint32_t end) const {
    for (std::uint32_t j = end; j < w_.list.size() && j - end < std::uint32_t(kNegationAfterReach); ++j) {
      if (cue(c_.negations_after, j, std::uint32_t(w_.list.size()))) return true;
      if (cue(c_.scope_ends, j, std::uint32_t(w_.list.size()))) return false;
    }
    return false;
  }

  bool supposed(std::uint32_t begin, std::uint32_t floor) const {
    const std::uint16_t clause = w_.list[begin].clause;
    for (std::uint32_t j = begin; j-- > floor && begin - j <= std::uint32_t(kSuppositionReach);) {
      if (w_.list[j].clause != clause) return false;
      if (cue(c_.supposition_ends, j, begin)) return false;
      if (cue(c_.suppositions, j, begin)) return true;
    }
    return false;
  }

  // A cue among the words a ~N passed over, in the clause of the words after it.
  bool cue_in_gaps(const PatternSet::Match& m, const PatternSet& set, bool negation) const {
    for (const auto& [from, to] : m.gaps) {
      const std::uint16_t clause = w_.list[std::min<std::size_t>(to, w_.list.size() - 1)].clause;
      for (std::uint32_t k = from; k < to; ++k) {
        if (w_.list[k].clause != clause) continue;
        if (negation ? negation_at(k, to) : cue(set, k, to)) return true;
      }
    }
    return false;
  }

  // A question, or a quotation of one: "Did you feel rushed?", the survey
  // item "My views were not listened to". A question that starts with "why"
  // or "how" takes its fact as given, and is asserted.
  bool asked(std::uint32_t begin) const {
    const std::int16_t q = w_.list[begin].quote;
    if (q >= 0) {
      const Quotation& quote = w_.quotes[std::size_t(q)];
      if (quote.question && quote.first < w_.list.size() && cue(c_.auxiliaries, quote.first, quote.first + 1))
        return true;
      for (std::uint32_t j = quote.first; j-- > 0 && quote.first - j <= std::uint32_t(kQuestionWordReach);)
        if (cue(c_.question_words, j, quote.first)) return true;
      return false;
    }
    if (!w_.question) return false;
    // The question's first word: the sentence's, or its clause's.
    std::uint32_t first = begin;
    while (first > 0 && w_.list[first - 1].clause == w_.list[begin].clause) --first;
    return cue(c_.auxiliaries, 0, 1) || cue(c_.auxiliaries, first, first + 1);
  }

  const Compiled& c_;
  const Words& w_;
};

struct Hit {
  std::size_t phrase;
  std::uint32_t begin, end;
};

std::string masked(std::string_view text) { return shown(text, true, Newlines::space); }

}  // namespace

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::process_dissent: return "process-dissent";
    case Kind::prior_decision: return "prior-decision";
    case Kind::parked_question: return "parked-question";
    case Kind::harm: return "harm";
    case Kind::outcome_dissent: return "outcome-dissent";
  }
  return "";
}

std::vector<Sentence> sentences(const Text& text) {
  std::vector<Sentence> out;
  Block block;
  const auto flush = [&] {
    if (!block.text.empty()) split_block(block, out);
    block = Block{};
  };
  bool fenced = false;
  for (const Line& line : text.lines) {
    if (text.unit == Unit::paragraph) {
      block.page = line.page;
      block.add(line.text, line.number);
      flush();
      continue;
    }
    if (line.page != block.page) flush();
    block.page = line.page;
    bool starts_block = false;
    const std::size_t marker = block_marker(line.text, starts_block);
    if (marker == std::string_view::npos) {
      flush();
      if (line.text.find("```") != std::string::npos || line.text.find("~~~") != std::string::npos)
        fenced = !fenced;
      continue;
    }
    if (fenced) continue;  // code is not prose
    if (is_blank(line.text)) {
      flush();
      continue;
    }
    if (starts_block) flush();
    block.add(std::string_view(line.text).substr(marker), line.number);
    // A heading or a table row is a block of one line.
    if (starts_block && (line.text.find_first_not_of(" \t") != std::string::npos) &&
        (line.text[line.text.find_first_not_of(" \t")] == '#' ||
         line.text[line.text.find_first_not_of(" \t")] == '|'))
      flush();
  }
  flush();
  return out;
}

std::vector<Statement> statements_in(std::string_view sentence, std::string_view file, Unit unit,
                                     std::uint32_t line, std::uint32_t page) {
  const Compiled& c = compiled();
  const Vocabulary& v = vocabulary();
  Words w = words_of(sentence);
  c.lexicon.identify(w);
  const Judge judge(c, w);

  std::array<bool, 5> have{};
  std::vector<Hit> hits;
  std::vector<PatternSet::Match> found;
  std::vector<signed char> cancelled(v.phrases.size(), -1);  // -1 not yet asked
  int before_cue = -1, dated = -1;
  std::vector<TextDate> dates;
  for (std::uint32_t at = 0; at < w.list.size(); ++at) {
    found.clear();
    c.phrases.matches_at(w.list, at, found);
    for (const PatternSet::Match& m : found) {
      const Phrase& phrase = v.phrases[m.id];
      if (have[std::size_t(phrase.kind)] || cancelled[m.id] == 1) continue;
      if (!judge.asserted(m)) continue;
      if (cancelled[m.id] < 0)
        cancelled[m.id] = judge.asserted_anywhere(c.unless[m.id], m.end) ||
                                  (c.only_if[m.id].size() > 0 && !judge.anywhere(c.only_if[m.id]))
                              ? 1
                              : 0;
      if (cancelled[m.id] == 1) continue;
      if (phrase.timing == Timing::by_date) {
        if (before_cue < 0) before_cue = judge.asserted_anywhere(c.before_cues) ? 1 : 0;
        if (dated < 0) {
          dates = dates_in(sentence);
          dated = dates.empty() ? 0 : 1;
        }
        if (before_cue == 0 && dated == 0) continue;
      }
      have[std::size_t(phrase.kind)] = true;
      hits.push_back({m.id, m.begin, m.end});
    }
  }
  std::vector<Statement> out;
  if (hits.empty()) return out;
  if (dated < 0) dates = dates_in(sentence);
  if (before_cue < 0) before_cue = judge.asserted_anywhere(c.before_cues) ? 1 : 0;
  const std::string quoted = masked(sentence);
  for (const Hit& h : hits) {
    const Phrase& phrase = v.phrases[h.phrase];
    Statement s;
    s.kind = phrase.kind;
    s.timing = phrase.timing == Timing::by_date && before_cue == 1 ? Timing::stated_before : phrase.timing;
    s.sentence = quoted;
    const std::uint32_t from = w.list[h.begin].begin, to = w.list[h.end - 1].end;
    s.phrase = masked(sentence.substr(from, to - from));
    s.meaning = phrase.meaning;
    s.file = std::string(file);
    s.unit = unit;
    s.line = line;
    s.page = page;
    s.dates = dates;
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<Statement> statements(const Text& text) {
  std::vector<Statement> out;
  if (!text.read()) return out;
  for (const Sentence& s : sentences(text)) {
    std::vector<Statement> found = statements_in(s.text, text.file, text.unit, s.line, s.page);
    for (Statement& statement : found) out.push_back(std::move(statement));
  }
  return out;
}

}  // namespace coprod::evidence
