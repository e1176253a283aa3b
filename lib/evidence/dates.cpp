#include "evidence/dates.h"

#include <array>
#include <chrono>

namespace coprod::evidence {
namespace {

struct DateToken {
  enum Kind : std::uint8_t { number, word, mark } kind = mark;
  std::size_t begin = 0, end = 0;
  bool spaced = false;   // whitespace before it
  int value = 0;         // a number's value (capped), or a month's number (1-12) for a month's name
  int digits = 0;        // a number's digit count
  bool ordinal = false;  // "3rd"
  std::string_view text;
};

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

bool same_word(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != lower[i]) return false;
  return true;
}

int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kShort = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  for (std::size_t m = 0; m < 12; ++m)
    if (same_word(word, kFull[m]) || same_word(word, kShort[m])) return int(m) + 1;
  if (same_word(word, "sept")) return 9;
  return 0;
}

std::vector<DateToken> date_tokens(std::string_view text) {
  std::vector<DateToken> out;
  bool spaced = true;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      spaced = true;
      ++i;
      continue;
    }
    DateToken t;
    t.begin = i;
    t.spaced = spaced;
    spaced = false;
    if (is_ascii_digit(c)) {
      t.kind = DateToken::number;
      while (i < text.size() && is_ascii_digit(text[i])) {
        if (t.value < 100000) t.value = t.value * 10 + (text[i] - '0');
        ++t.digits;
        ++i;
      }
      if (i + 1 < text.size() && (i + 2 >= text.size() || !is_ascii_letter(text[i + 2]))) {
        const std::string_view suffix = text.substr(i, 2);
        if (same_word(suffix, "st") || same_word(suffix, "nd") || same_word(suffix, "rd") ||
            same_word(suffix, "th")) {
          t.ordinal = true;
          i += 2;
        }
      }
    } else if (is_ascii_letter(c)) {
      t.kind = DateToken::word;
      while (i < text.size() && is_ascii_letter(text[i])) ++i;
      t.value = month_number(text.substr(t.begin, i - t.begin));
    } else {
      t.kind = DateToken::mark;
      // A UTF-8 sequence is one mark: an en dash (U+2013) or an em dash is a dash.
      const auto lead = static_cast<unsigned char>(c);
      std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      i = std::min(text.size(), i + n);
    }
    t.end = i;
    t.text = text.substr(t.begin, t.end - t.begin);
    out.push_back(t);
  }
  return out;
}

bool valid(int year, int month, int day) {
  if (year < 1900 || year > 2199) return false;
  return std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{unsigned(month)},
                                     std::chrono::day{unsigned(day)}}
      .ok();
}

class DateScanner {
 public:
  explicit DateScanner(std::string_view text) : tokens_(date_tokens(text)) {}

  std::vector<TextDate> scan() {
    std::size_t i = 0;
    while (i < tokens_.size()) {
      const std::size_t next = at(i);
      i = next > i ? next : i + 1;
    }
    return std::move(found_);
  }

 private:
  const DateToken* token(std::size_t i) const { return i < tokens_.size() ? &tokens_[i] : nullptr; }
  bool is_mark(std::size_t i, std::string_view text) const {
    const DateToken* t = token(i);
    return t && t->kind == DateToken::mark && t->text == text;
  }
  bool is_word(std::size_t i, std::string_view lower) const {
    const DateToken* t = token(i);
    return t && t->kind == DateToken::word && same_word(t->text, lower);
  }
  bool is_month(std::size_t i) const {
    const DateToken* t = token(i);
    return t && t->kind == DateToken::word && t->value > 0;
  }
  bool is_day(std::size_t i) const {
    const DateToken* t = token(i);
    return t && t->kind == DateToken::number && t->digits <= 2 && t->value >= 1 && t->value <= 31;
  }
  bool is_year(std::size_t i) const {
    const DateToken* t = token(i);
    return t && t->kind == DateToken::number && t->digits == 4 && !t->ordinal;
  }
  // Tokens joined without space, as in 2026-03-03.
  bool tight(std::size_t i) const { return token(i) && !token(i)->spaced; }
  // What may join the parts of a run: "19 and 21", "19-21", "June to July",
  // "3, 10 and 17". The index after it, or 0; `comma` says whether it was a
  // comma alone, which joins a run only if an "and" ends it ("Session 2,
  // 3 March 2026" is one date).
  std::size_t joiner(std::size_t i, bool& comma) const {
    comma = false;
    if (is_mark(i, ",")) {
      if (is_word(i + 1, "and")) return i + 2;  // ", and"
      comma = true;
      return i + 1;
    }
    if (is_word(i, "and") || is_word(i, "to") || is_word(i, "or") || is_mark(i, "-") ||
        is_mark(i, "&") || is_mark(i, "\u2013") || is_mark(i, "\u2014"))
      return i + 1;
    return 0;
  }
  // After a month's name: an abbreviation's full stop.
  std::size_t after_month(std::size_t i) const { return is_mark(i + 1, ".") ? i + 2 : i + 1; }

  void add(int year, int month, int day, Precision precision, std::size_t first, std::size_t last) {
    TextDate d;
    d.date = Date{year, month, precision == Precision::month ? 1 : day};
    d.precision = precision;
    d.offset = tokens_[first].begin;
    d.length = tokens_[last].end - tokens_[first].begin;
    found_.push_back(d);
  }

  // 3 March 2026, 3rd of March 2026: the index of the year, or 0.
  std::size_t day_first(std::size_t i, int& month) const {
    if (!is_day(i)) return 0;
    std::size_t m = i + 1;
    if (is_word(m, "of")) ++m;
    if (!is_month(m)) return 0;
    month = tokens_[m].value;
    std::size_t y = after_month(m);
    if (is_mark(y, ",")) ++y;
    return is_year(y) ? y : 0;
  }

  // Reads the date (or run of dates) that starts at token i; the index after it.
  std::size_t at(std::size_t i) {
    const DateToken& t = tokens_[i];
    // 2026-03-03
    if (t.kind == DateToken::number && t.digits == 4 && is_mark(i + 1, "-") && tight(i + 1) &&
        tight(i + 2) && is_day(i + 2) && tokens_[i + 2].digits == 2 && !tokens_[i + 2].ordinal &&
        is_mark(i + 3, "-") && tight(i + 3) && tight(i + 4) && is_day(i + 4) &&
        tokens_[i + 4].digits == 2 && !tokens_[i + 4].ordinal) {
      if (valid(t.value, tokens_[i + 2].value, tokens_[i + 4].value))
        add(t.value, tokens_[i + 2].value, tokens_[i + 4].value, Precision::day, i, i + 4);
      return i + 5;
    }
    // 03/03/2026, day first
    if (is_day(i) && !t.ordinal && is_mark(i + 1, "/") && tight(i + 1) && tight(i + 2) &&
        is_day(i + 2) && !tokens_[i + 2].ordinal && is_mark(i + 3, "/") && tight(i + 3) &&
        tight(i + 4) && is_year(i + 4)) {
      if (valid(tokens_[i + 4].value, tokens_[i + 2].value, t.value))
        add(tokens_[i + 4].value, tokens_[i + 2].value, t.value, Precision::day, i, i + 4);
      return i + 5;
    }
    // 3 March 2026, and a run of days before it: 3, 10 and 17 March 2026
    if (is_day(i)) {
      std::vector<std::size_t> days{i};
      std::size_t j = i;
      int month = 0;
      std::size_t year = day_first(j, month);
      bool comma = false;
      while (year == 0 && days.size() < 32) {
        const std::size_t k = joiner(j + 1, comma);
        if (k == 0 || !is_day(k)) break;
        j = k;
        days.push_back(j);
        year = day_first(j, month);
      }
      if (year == 0) return i + 1;
      if (comma) {  // the run ended with a comma alone: only its last day is a date
        days.assign(1, j);
      }
      for (const std::size_t d : days)
        if (valid(tokens_[year].value, month, tokens_[d].value))
          add(tokens_[year].value, month, tokens_[d].value, Precision::day, d, d == j ? year : d);
      return year + 1;
    }
    if (!is_month(i)) return i + 1;
    // March 3, 2026 or March 3rd 2026
    const std::size_t n = after_month(i);
    if (is_day(n)) {
      std::size_t y = n + 1;
      if (is_mark(y, ",")) ++y;
      if (is_year(y)) {
        if (valid(tokens_[y].value, t.value, tokens_[n].value))
          add(tokens_[y].value, t.value, tokens_[n].value, Precision::day, i, y);
        return y + 1;
      }
    }
    // March 2026, and a run of months before it: June-July 2026, June, July and August 2026
    std::vector<std::size_t> months{i};
    std::size_t j = i;
    bool comma = false;
    while (months.size() < 13) {
      std::size_t y = after_month(j);
      if (is_mark(y, ",")) ++y;
      if (is_year(y)) {
        if (comma) months.assign(1, j);
        for (const std::size_t m : months)
          if (valid(tokens_[y].value, tokens_[m].value, 1))
            add(tokens_[y].value, tokens_[m].value, 1, Precision::month, m, m == j ? y : m);
        return y + 1;
      }
      const std::size_t k = joiner(after_month(j), comma);
      if (k == 0 || !is_month(k)) break;
      j = k;
      months.push_back(j);
    }
    return i + 1;
  }

  std::vector<DateToken> tokens_;
  std::vector<TextDate> found_;
};

}  // namespace

Date TextDate::latest() const {
  if (precision == Precision::day) return date;
  const std::chrono::year_month_day_last last{std::chrono::year{date.year} /
                                              std::chrono::month{unsigned(date.month)} /
                                              std::chrono::last};
  return Date{date.year, date.month, int(unsigned(last.day()))};
}

std::vector<TextDate> dates_in(std::string_view text) { return DateScanner(text).scan(); }

}  // namespace coprod::evidence
