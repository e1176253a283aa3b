#include "privacy/personal_data.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace coprod {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }

// Characters that may join a number's digit groups: "020 7946 0958", "943-476-5919".
bool is_joiner(char c) { return c == ' ' || c == '-'; }

bool email_local(char c) { return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool email_domain(char c) { return is_alnum(c) || c == '.' || c == '-'; }

void find_emails(std::string_view t, std::vector<PersonalDataMatch>& out) {
  for (std::size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && email_local(t[begin - 1])) --begin;
    std::size_t end = at + 1;
    while (end < t.size() && email_domain(t[end])) ++end;
    while (end > at + 1 && (t[end - 1] == '.' || t[end - 1] == '-')) --end;
    const std::string_view domain = t.substr(at + 1, end - at - 1);
    const auto dot = domain.rfind('.');
    if (begin == at || dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) continue;
    out.push_back({PersonalData::email, begin, end - begin});
  }
}

// Runs of digits joined by single spaces or hyphens, with where they start.
struct DigitRun {
  std::size_t offset, length;
  std::string digits;
};

std::vector<DigitRun> digit_runs(std::string_view t) {
  std::vector<DigitRun> runs;
  std::size_t i = 0;
  while (i < t.size()) {
    const bool starts = (is_digit(t[i]) || (t[i] == '+' && i + 1 < t.size() && is_digit(t[i + 1]))) &&
                        (i == 0 || !is_alnum(t[i - 1]));
    if (!starts) {
      ++i;
      continue;
    }
    DigitRun run{i, 0, {}};
    std::size_t j = i;
    if (t[j] == '+') run.digits += t[j++];
    std::size_t last = j;
    while (j < t.size()) {
      if (is_digit(t[j])) {
        run.digits += t[j];
        last = ++j;
      } else if (is_joiner(t[j]) && j + 1 < t.size() && is_digit(t[j + 1])) {
        ++j;
      } else {
        break;
      }
    }
    run.length = last - i;
    // A run glued to letters ("REF12345") is a reference, not a number.
    if (last >= t.size() || !is_alpha(t[last])) runs.push_back(run);
    i = std::max(last, i + 1);
  }
  return runs;
}

bool nhs_number_valid(const std::string& d) {
  if (d.size() != 10) return false;
  int sum = 0;
  for (int k = 0; k < 9; ++k) sum += (d[std::size_t(k)] - '0') * (10 - k);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  return check != 10 && check == d[9] - '0';
}

bool uk_phone(const std::string& d) {
  if (d.starts_with("+44")) return d.size() == 13 && (d[3] == '1' || d[3] == '2' || d[3] == '3' || d[3] == '7' || d[3] == '8');
  if (d.starts_with("0") && d.size() == 11)
    return d[1] == '1' || d[1] == '2' || d[1] == '3' || d[1] == '7' || d[1] == '8';
  return false;
}

void find_numbers(std::string_view t, std::vector<PersonalDataMatch>& out) {
  for (const DigitRun& run : digit_runs(t)) {
    if (nhs_number_valid(run.digits)) out.push_back({PersonalData::nhs_number, run.offset, run.length});
    else if (uk_phone(run.digits)) out.push_back({PersonalData::phone, run.offset, run.length});
  }
}

// Full UK postcodes: outward code (A9, A99, A9A, AA9, AA99, AA9A), a space,
// inward code (9AA): "L36 9YU", "SW1A 1AA".
void find_postcodes(std::string_view t, std::vector<PersonalDataMatch>& out) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  for (std::size_t i = 0; i + 6 <= t.size(); ++i) {
    if (!upper(t[i]) || (i > 0 && is_alnum(t[i - 1]))) continue;
    std::size_t j = i + 1;
    if (j < t.size() && upper(t[j])) ++j;
    if (j >= t.size() || !is_digit(t[j])) continue;
    ++j;
    if (j < t.size() && (is_digit(t[j]) || upper(t[j]))) ++j;
    if (j >= t.size() || t[j] != ' ') continue;
    ++j;
    if (j + 3 > t.size() || !is_digit(t[j]) || !upper(t[j + 1]) || !upper(t[j + 2])) continue;
    if (j + 3 < t.size() && is_alnum(t[j + 3])) continue;
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
