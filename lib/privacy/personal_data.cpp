#include "privacy/personal_data.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace coprod {
namespace {

// ASCII only: the text is UTF-8, and no byte of a multi-byte character is an
// ASCII letter or digit, so accents and symbols simply separate words.
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || is_upper(c); }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
char lower(char c) { return is_upper(c) ? char(c - 'A' + 'a') : c; }

char at(std::string_view t, std::size_t i) { return i < t.size() ? t[i] : '\0'; }

// --- e-mail addresses ---------------------------------------------------

bool email_local(char c) {
  return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
}
bool email_domain(char c) { return is_alnum(c) || c == '.' || c == '-'; }

void find_emails(std::string_view t, std::vector<PersonalDataMatch>& out) {
  for (std::size_t a = t.find('@'); a != std::string_view::npos; a = t.find('@', a + 1)) {
    std::size_t begin = a;
    while (begin > 0 && email_local(t[begin - 1])) --begin;
    while (begin < a && !is_alnum(t[begin])) ++begin;  // "(.jo@…" starts at j
    std::size_t end = a + 1;
    while (end < t.size() && email_domain(t[end])) ++end;
    while (end > a + 1 && !is_alnum(t[end - 1])) --end;  // "…nhs.uk." ends at k
    if (begin == a || end == a + 1) continue;
    // The domain needs a dot and a top-level part of two or more letters.
    const std::string_view domain = t.substr(a + 1, end - a - 1);
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2) continue;
    const std::string_view top = domain.substr(dot + 1);
    if (!std::all_of(top.begin(), top.end(), is_alpha)) continue;
    if (domain.find("..") != std::string_view::npos) continue;
    out.push_back({PersonalData::email, begin, end - begin});
  }
}

// --- phone numbers and NHS numbers ---------------------------------------

// A run of digit groups written as a phone or NHS number is: "07700 900123",
// "+44 (0)20 7946 0958", "(020) 7946-0958", "943 476 5919".
struct NumberRun {
  std::size_t offset = 0, length = 0;
  std::string digits;                // without a leading "+", with any "(0)" dropped
  bool international = false;        // began "+"
  std::vector<std::size_t> groups;   // lengths of the digit groups
};

// Words that make a number a reference, not a person's number: "ISBN-10:
// 0306406152", "order no. 9434765919". (Not "NHS number …": that one counts.)
bool after_reference_word(std::string_view t, std::size_t start) {
  static constexpr std::array<std::string_view, 9> kWords = {
      "isbn", "issn", "ref", "reference", "invoice", "order", "po", "doi", "version"};
  std::size_t i = start;
  for (int words = 0; words < 2; ++words) {
    const std::size_t before = i;
    while (i > 0 && before - i < 6 &&
           (t[i - 1] == ' ' || t[i - 1] == ':' || t[i - 1] == '#' || t[i - 1] == '.' ||
            t[i - 1] == '-' || is_digit(t[i - 1])))
      --i;
    std::size_t w = i;
    while (w > 0 && is_alpha(t[w - 1])) --w;
    std::string word;
    for (std::size_t k = w; k < i; ++k) word += lower(t[k]);
    if (std::find(kWords.begin(), kWords.end(), word) != kWords.end()) return true;
    if (word != "no" && word != "number" && word != "num") return false;
    i = w;
  }
  return false;
}

// Characters before a number that make it part of something else: a
// reference ("LR-2026"), money ("£1"), a decimal (".5") or a path ("/12").
bool number_glued_before(std::string_view t, std::size_t i) {
  if (i == 0) return false;
  const char p = t[i - 1];
  if (is_alnum(p) || p == '.' || p == ',' || p == '-' || p == '/' || p == '$' || p == '_' ||
      p == '=' || p == '\\')
    return true;
  if (i >= 2 && static_cast<unsigned char>(t[i - 2]) == 0xC2 &&
      static_cast<unsigned char>(p) == 0xA3)
    return true;  // £
  return false;
}

// After a number: "10A", "60%", "1.2", "1,234", "18:30", "1/2", "ref-2".
bool number_glued_after(std::string_view t, std::size_t end) {
  const char n = at(t, end);
  if (is_alnum(n) || n == '%' || n == '_' || n == '/' || n == '\\') return true;
  if ((n == '.' || n == ',' || n == ':' || n == '-') && is_digit(at(t, end + 1))) return true;
  return false;
}

std::vector<NumberRun> number_runs(std::string_view t) {
  std::vector<NumberRun> runs;
  std::size_t i = 0;
  while (i < t.size()) {
    const char c = t[i];
    const bool opens = is_digit(c) || ((c == '+' || c == '(') && is_digit(at(t, i + 1)));
    if (!opens || number_glued_before(t, i)) {
      ++i;
      continue;
    }
    NumberRun run;
    run.offset = i;
    std::size_t j = i;
    std::size_t group = 0;
    bool paren = false;
    if (t[j] == '+') {
      run.international = true;
      ++j;
    }
    std::size_t last = j;
    while (j < t.size()) {
      const char d = t[j];
      if (is_digit(d)) {
        run.digits += d;
        ++group;
        last = ++j;
      } else if (d == '(' && !paren && is_digit(at(t, j + 1))) {
        if (group > 0) run.groups.push_back(group);
        group = 0;
        paren = true;
        ++j;
      } else if (d == ')' && paren && group > 0) {
        run.groups.push_back(group);
        group = 0;
        paren = false;
        last = ++j;
        if (at(t, j) == ' ' && (is_digit(at(t, j + 1)))) ++j;
      } else if ((d == ' ' || d == '-') && !paren && group > 0 &&
                 (is_digit(at(t, j + 1)) || at(t, j + 1) == '(')) {
        run.groups.push_back(group);
        group = 0;
        ++j;
      } else {
        break;
      }
    }
    if (group > 0) run.groups.push_back(group);
    if (paren) {  // "(0161 496 0000)": the bracket only encloses; start again inside it
      ++i;
      continue;
    }
    run.length = last - i;
    // "+44 (0)20": the (0) is the trunk prefix, dropped when dialling from abroad.
    if (run.international && run.groups.size() > 1 && run.groups[1] == 1 &&
        run.digits.size() > run.groups[0] && run.digits[run.groups[0]] == '0') {
      run.digits.erase(run.groups[0], 1);
      run.groups.erase(run.groups.begin() + 1);
    }
    if (!number_glued_after(t, last) && !after_reference_word(t, i)) runs.push_back(run);
    i = std::max(last, i + 1);
  }
  return runs;
}

bool nhs_number_valid(const NumberRun& run) {
  const std::string& d = run.digits;
  if (run.international || d.size() != 10) return false;
  // Written whole or as 3 3 4, the way NHS numbers are printed.
  const bool shaped = run.groups == std::vector<std::size_t>{10} ||
                      run.groups == std::vector<std::size_t>{3, 3, 4};
  if (!shaped) return false;
  int sum = 0;
  for (std::size_t k = 0; k < 9; ++k) sum += (d[k] - '0') * int(10 - k);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  return check != 10 && check == d[9] - '0';
}

// UK numbers people have: geographic (01, 02), non-geographic (03) and
// mobile (07). Freephone and premium lines (08, 09) belong to services.
bool uk_phone(const NumberRun& run) {
  const std::string& d = run.digits;
  const auto personal = [](char c) { return c == '1' || c == '2' || c == '3' || c == '7'; };
  // A single digit group would be a list of numbers, not a phone number.
  if (std::any_of(run.groups.begin(), run.groups.end(), [](std::size_t g) { return g < 2; }))
    return false;
  if (run.international) return d.size() == 12 && d.starts_with("44") && personal(d[2]);
  return d.size() == 11 && d[0] == '0' && personal(d[1]);
}

void find_numbers(std::string_view t, std::vector<PersonalDataMatch>& out) {
  for (const NumberRun& run : number_runs(t)) {
    if (nhs_number_valid(run)) out.push_back({PersonalData::nhs_number, run.offset, run.length});
    else if (uk_phone(run)) out.push_back({PersonalData::phone, run.offset, run.length});
  }
}

// --- postcodes ------------------------------------------------------------

// Full UK postcodes: outward code (A9, A99, A9A, AA9, AA99, AA9A), one space,
// inward code (9AA), with the letters Royal Mail allows in each place:
// "SW1A 1AA", "M1 1AE", "DN55 1PT". A district alone ("L36") is not personal.
void find_postcodes(std::string_view t, std::vector<PersonalDataMatch>& out) {
  const auto first = [](char c) { return is_upper(c) && c != 'Q' && c != 'V' && c != 'X'; };
  const auto second = [](char c) { return is_upper(c) && c != 'I' && c != 'J' && c != 'Z'; };
  const auto inward = [](char c) {
    return is_upper(c) && c != 'C' && c != 'I' && c != 'K' && c != 'M' && c != 'O' && c != 'V';
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!first(t[i]) || (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '-'))) continue;
    std::size_t j = i + 1;
    if (second(at(t, j)) && is_digit(at(t, j + 1))) ++j;
    if (!is_digit(at(t, j))) continue;
    ++j;
    if (is_digit(at(t, j)) || is_upper(at(t, j))) ++j;
    if (at(t, j) != ' ') continue;
    ++j;
    if (!is_digit(at(t, j)) || !inward(at(t, j + 1)) || !inward(at(t, j + 2))) continue;
    if (is_alnum(at(t, j + 3)) || at(t, j + 3) == '-') continue;
    out.push_back({PersonalData::postcode, i, j + 3 - i});
    i = j + 2;
  }
}

}  // namespace

std::string_view describe(PersonalData kind) {
  switch (kind) {
    case PersonalData::email: return "an e-mail address";
    case PersonalData::phone: return "a phone number";
    case PersonalData::nhs_number: return "an NHS number";
    case PersonalData::postcode: return "a full postcode";
  }
  return "personal data";
}

std::vector<PersonalDataMatch> find_personal_data(std::string_view text) {
  std::vector<PersonalDataMatch> found;
  // Every kind needs an "@" or a digit; most texts have neither, and this is
  // called on every text of every proposal.
  if (std::none_of(text.begin(), text.end(), [](char c) { return c == '@' || is_digit(c); }))
    return found;
  find_emails(text, found);
  find_numbers(text, found);
  find_postcodes(text, found);
  std::sort(found.begin(), found.end(),
            [](const PersonalDataMatch& a, const PersonalDataMatch& b) { return a.offset < b.offset; });
  std::vector<PersonalDataMatch> out;
  for (const PersonalDataMatch& m : found)
    if (out.empty() || m.offset >= out.back().offset + out.back().length) out.push_back(m);
  return out;
}

std::string redact(std::string_view text) {
  std::string out;
  std::size_t from = 0;
  for (const PersonalDataMatch& m : find_personal_data(text)) {
    out.append(text.substr(from, m.offset - from));
    out += fmt::format("[redacted: {}]", describe(m.kind));
    from = m.offset + m.length;
  }
  out.append(text.substr(from));
  return out;
}

}  // namespace coprod
