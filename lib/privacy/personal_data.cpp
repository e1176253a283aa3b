#include "privacy/personal_data.h"

#include <algorithm>
#include <array>
#include <utility>

#include <fmt/format.h>

#include "core/ascii.h"
#include "core/utf8.h"

namespace coprod {
namespace {

// Letters and digits are ASCII only (core/ascii.h): the text is UTF-8, so
// accents and symbols simply separate words.
using ascii::is_alnum;
using ascii::is_alpha;
using ascii::is_digit;
using ascii::is_upper;
using ascii::to_lower;

char at(std::string_view t, std::size_t i) { return i < t.size() ? t[i] : '\0'; }

// Between the digit groups of a phone or NHS number: "07700 900123",
// "020-7946-0958", "943.476.5919" (dashes and spaces of every width arrive
// here as '-' and ' ', see fold()).
bool is_separator(char c) { return c == ' ' || c == '-' || c == '.'; }

// --- what the words around a match say ------------------------------------

// The lower-case words of t[from, to), leaving out the words of e-mail and
// web addresses (`nhs` in `jo@example.nhs.uk` names no organisation).
std::vector<std::string> words_in(std::string_view t, std::size_t from, std::size_t to) {
  std::vector<std::string> out;
  to = std::min(to, t.size());
  for (std::size_t i = from; i < to;) {
    std::size_t end = i;
    while (end < to && t[end] != ' ' && t[end] != '\n') ++end;
    const std::string_view token = t.substr(i, end - i);
    if (token.find('@') == std::string_view::npos && token.find("://") == std::string_view::npos &&
        !token.starts_with("www.")) {
      std::string word;
      for (char c : token) {
        if (is_alpha(c)) {
          word += to_lower(c);
        } else if (!word.empty()) {
          out.push_back(std::move(word));
          word.clear();
        }
      }
      if (!word.empty()) out.push_back(std::move(word));
    }
    i = end + 1;
  }
  return out;
}

template <std::size_t N>
bool any_of_words(const std::string& word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Where the clause before `at` starts: after a full stop, a semicolon, a
// line break or `stop_at_digit` a number before it, and at most `max`
// characters back.
std::size_t clause_start(std::string_view t, std::size_t at, std::size_t max, bool stop_at_digit) {
  std::size_t i = at;
  while (i > 0 && at - i < max) {
    const char c = t[i - 1];
    if (c == '\n' || c == ';' || (c == '.' && (i == at || t[i] == ' ')) || (stop_at_digit && is_digit(c)))
      break;
    --i;
  }
  return i;
}

// --- e-mail addresses ---------------------------------------------------

bool email_local(char c) {
  return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
}
bool email_domain(char c) { return is_alnum(c) || c == '.' || c == '-'; }

// A team's or a service's mailbox, not a person's: `patient.experience@`,
// `engagement.team@`, `england.contactus@`, `pals@`.
bool team_mailbox(std::string_view local) {
  // `sam.oneil+panel@`: what follows a `+` is a person's own label.
  local = local.substr(0, local.find('+'));
  static constexpr std::array<std::string_view, 60> kTeamWords = {
      "hub",          "wellbeing",   "care",         "health",      "clinic",      "centre",
      "nursing",      "therapies",   "safeguarding", "equality",    "inclusion",   "quality",
      "programme",    "partnership",
      "team",         "teams",       "pals",         "enquiries",   "enquiry",     "info",
      "information",  "contact",     "contactus",    "engagement",  "involvement", "involve",
      "experience",   "patient",     "patients",     "admin",       "office",      "service",
      "services",     "feedback",    "communications", "comms",     "help",        "helpdesk",
      "support",      "booking",     "bookings",     "appointments", "referrals",  "hello",
      "general",      "reception",   "secretariat",  "governance",  "complaints",  "accessibility",
      "participation", "membership", "members",      "volunteers",  "volunteering", "research",
      "press",        "media",       "foi",          "board"};
  for (const std::string& word : words_in(local, 0, local.size()))
    if (any_of_words(word, kTeamWords)) return true;
  return false;
}

// The words that make a name a team's or a service's: "the Life Rooms team",
// "the Carers Hub".
constexpr std::array<std::string_view, 8> kTeamNouns = {"team",   "service",   "hub",        "clinic",
                                                         "centre", "programme", "partnership", "project"};

// A mailbox named after a team or service the sentence names: "ring the Life
// Rooms team … or write to liferooms.north@…". Its first part spells the
// words just before the team noun, or those words and the noun.
bool named_team_mailbox(std::string_view t, std::size_t begin, std::size_t at) {
  const std::string_view local = t.substr(begin, at - begin);
  std::string first;
  for (char c : local.substr(0, local.find_first_of(".-_+")))
    if (is_alpha(c)) first += to_lower(c);
  if (first.size() < 5) return false;
  const std::vector<std::string> words = words_in(t, clause_start(t, begin, 160, false), begin);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!any_of_words(words[i], kTeamNouns)) continue;
    // "Life Rooms team" spells liferooms; "Carers Hub", carershub.
    std::string name;
    for (std::size_t j = i; j > 0 && name.size() < first.size(); --j) {
      name = words[j - 1] + name;
      if (name == first || name + words[i] == first) return true;
    }
  }
  return false;
}

void find_emails(std::string_view t, TextRole role, std::vector<PersonalDataMatch>& out) {
  // The organisational contact's address is the team's own.
  if (role == TextRole::contact) return;
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
    if (team_mailbox(t.substr(begin, a - begin)) || named_team_mailbox(t, begin, a)) continue;
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
    for (std::size_t k = w; k < i; ++k) word += ascii::to_lower(t[k]);
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
    // Where a bracket opened inside the run, and the run as it was before it:
    // a bracket that never closes ends the run there, so no digit is read
    // more than twice however long the text (it once was for every group).
    std::size_t paren_at = 0, last_before_paren = 0, digits_before_paren = 0, groups_before_paren = 0;
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
        paren_at = j;
        last_before_paren = last;
        digits_before_paren = run.digits.size();
        groups_before_paren = run.groups.size();
        ++j;
      } else if (d == ')' && paren && group > 0) {
        run.groups.push_back(group);
        group = 0;
        paren = false;
        last = ++j;
        if (at(t, j) == ' ' && (is_digit(at(t, j + 1)))) ++j;
      } else if (is_separator(d) && !paren && group > 0 &&
                 (is_digit(at(t, j + 1)) || at(t, j + 1) == '(')) {
        run.groups.push_back(group);
        group = 0;
        ++j;
      } else {
        break;
      }
    }
    if (group > 0 && !paren) run.groups.push_back(group);
    if (paren) {
      // "(0161 496 0000)": the bracket only encloses; start again inside it.
      if (paren_at == i) {
        ++i;
        continue;
      }
      last = last_before_paren;
      run.digits.resize(digits_before_paren);
      run.groups.resize(groups_before_paren);
    }
    run.length = last - i;
    // "0044 20 7946 0958": the international prefix dialled from the UK.
    if (!run.international && run.digits.starts_with("0044") && !run.groups.empty() &&
        run.groups[0] >= 2) {
      run.international = true;
      run.digits.erase(0, 2);
      run.groups[0] -= 2;
      if (run.groups[0] == 0) run.groups.erase(run.groups.begin());
    }
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

// UK numbers people have: geographic (01, 02) and mobile (07). The
// non-geographic 03 numbers (0300, 0345), freephone and premium lines (08,
// 09) and 111 belong to organisations.
bool uk_phone(const NumberRun& run) {
  const std::string& d = run.digits;
  const auto personal = [](char c) { return c == '1' || c == '2' || c == '7'; };
  // A single digit group would be a list of numbers, not a phone number.
  if (std::any_of(run.groups.begin(), run.groups.end(), [](std::size_t g) { return g < 2; }))
    return false;
  if (run.international) return d.size() == 12 && d.starts_with("44") && personal(d[2]);
  return d.size() == 11 && d[0] == '0' && personal(d[1]);
}

bool names_venue(const std::vector<std::string>& words);

// A landline (01, 02), not a mobile.
bool landline(const NumberRun& run) {
  const std::string& d = run.digits;
  return run.international ? d.size() > 2 && d[2] != '7' : d.size() > 1 && d[1] != '7';
}

// A number the words around it give as an organisation's: "the switchboard
// on …", "Helpline: …", "… (switchboard)".
bool service_line(std::string_view t, const NumberRun& run) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "switchboard", "helpline", "reception", "enquiries", "enquiry",  "textphone", "minicom",
      "pals",        "freephone", "hotline",  "advice",    "bookings", "appointments", "duty"};
  static constexpr std::array<std::string_view, 4> kLines = {"line", "number", "phone", "mobile"};
  static constexpr std::array<std::string_view, 5> kOwners = {"booking", "team", "office", "main", "service"};
  const auto said = [&](const std::vector<std::string>& words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (any_of_words(words[i], kWords)) return true;
      if (i + 1 < words.size() && any_of_words(words[i], kOwners) && any_of_words(words[i + 1], kLines)) return true;
    }
    return false;
  };
  const std::size_t start = clause_start(t, run.offset, 40, true);
  const std::vector<std::string> before = words_in(t, start, run.offset);
  if (said(before)) return true;
  // A landline given as a team's or a service's: "ring the Life Rooms team on …".
  if (landline(run) && before.size() >= 2 && before.back() == "on" &&
      any_of_words(before[before.size() - 2], kTeamNouns))
    return true;
  // A landline after an organisation's name ("Healthwatch Knowsley, 0151 …").
  if (landline(run) && names_venue(before)) return true;
  // "… (switchboard)"
  std::size_t after = run.offset + run.length;
  while (after < t.size() && t[after] == ' ') ++after;
  if (at(t, after) == '(') {
    const std::size_t close = t.find(')', after);
    if (close != std::string_view::npos && close - after < 40 && said(words_in(t, after, close))) return true;
  }
  return false;
}

void find_numbers(std::string_view t, TextRole role, std::vector<PersonalDataMatch>& out) {
  for (const NumberRun& run : number_runs(t)) {
    if (nhs_number_valid(run)) {
      out.push_back({PersonalData::nhs_number, run.offset, run.length});
    } else if (uk_phone(run) && !service_line(t, run) &&
               !(role == TextRole::contact && landline(run))) {
      out.push_back({PersonalData::phone, run.offset, run.length});
    }
  }
}

// --- postcodes ------------------------------------------------------------

// Full UK postcodes: outward code (A9, A99, A9A, AA9, AA99, AA9A), a space
// or none, inward code (9AA), with the letters Royal Mail allows in each
// place: "SW1A 1AA", "M1 1AE", "DN55 1PT", "sw1a1aa". A district alone
// ("L36") is not personal. Lower case counts too, but not an inward code
// that reads as an ordinal ("b4 2nd"): in upper case "B33 8TH" is a postcode.
// Whether words name a kind of place or an organisation ("Knowsley
// Community Centre", "Healthwatch Knowsley", "GP surgery"): not in a
// street's name (Church Lane, Station Road), nor someone's own (my house).
bool names_venue(const std::vector<std::string>& words) {
  static constexpr std::array<std::string_view, 56> kVenues = {
      "hospital",  "hospice",   "centre",     "center",    "library",    "hall",       "church",
      "mosque",    "temple",    "gurdwara",   "synagogue", "chapel",     "school",     "academy",
      "college",   "university", "surgery",   "practice",  "clinic",     "hub",        "house",
      "building",  "office",    "offices",    "headquarters", "hq",      "trust",      "council",
      "station",   "stadium",   "museum",     "theatre",   "hotel",      "club",       "leisure",
      "pharmacy",  "community", "charity",    "foundation", "ward",      "unit",       "campus",
      "pavilion",  "arena",     "market",     "healthwatch", "mencap",   "cvs",        "carers",
      "association", "society", "institute",  "macmillan", "samaritans", "barnardo",  "cafe"};
  static constexpr std::array<std::string_view, 17> kStreets = {
      "street", "road",   "lane",    "avenue", "way",  "drive", "close", "crescent", "grove",
      "place",  "terrace", "gardens", "hill",  "row",  "walk",  "mews",  "green"};
  static constexpr std::array<std::string_view, 4> kOwn = {"my", "his", "her", "their"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    // "café", folded to "cafa"
    const bool venue = any_of_words(words[i], kVenues) || (words[i].size() == 4 && words[i].starts_with("caf"));
    if (!venue) continue;
    if (i + 1 < words.size() && any_of_words(words[i + 1], kStreets)) continue;
    if (i > 0 && any_of_words(words[i - 1], kOwn)) continue;
    return true;
  }
  return false;
}

// A postcode given as a venue's: its address, before it in the same
// clause, names a kind of place or an organisation ("Knowsley Community
// Centre, Longview Drive, L36 6EG"), and no flat, nor that someone lives there.
bool venue_address(std::string_view t, std::size_t postcode) {
  static constexpr std::array<std::string_view, 7> kHomes = {"flat",  "apartment", "apt",     "lives",
                                                             "live", "living",    "resident"};
  const std::vector<std::string> words = words_in(t, clause_start(t, postcode, 150, false), postcode);
  if (std::any_of(words.begin(), words.end(), [](const std::string& w) { return any_of_words(w, kHomes); }))
    return false;
  return names_venue(words);
}

void find_postcodes(std::string_view t, std::vector<PersonalDataMatch>& out) {
  const auto up = [](char c) { return is_alpha(c) ? char(c & ~0x20) : c; };
  const auto letter = [&](char c) { return is_alpha(c); };
  const auto first = [&](char c) { return letter(c) && up(c) != 'Q' && up(c) != 'V' && up(c) != 'X'; };
  const auto second = [&](char c) { return letter(c) && up(c) != 'I' && up(c) != 'J' && up(c) != 'Z'; };
  const auto inward = [&](char c) {
    const char u = up(c);
    return letter(c) && u != 'C' && u != 'I' && u != 'K' && u != 'M' && u != 'O' && u != 'V';
  };
  // The inward code "9AA" at j, standing alone; its end, or 0.
  const auto inward_at = [&](std::size_t j) -> std::size_t {
    if (!is_digit(at(t, j)) || !inward(at(t, j + 1)) || !inward(at(t, j + 2))) return 0;
    if (is_alnum(at(t, j + 3)) || at(t, j + 3) == '-') return 0;
    const std::string_view letters = t.substr(j + 1, 2);
    if (letters == "st" || letters == "nd" || letters == "rd" || letters == "th") return 0;
    return j + 3;
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!first(t[i]) || (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '-'))) continue;
    // Every outward form that fits here, longest first; "AB12CD" is not
    // cut into "AB1 2CD" unless written with the space.
    std::size_t j = i + 1;
    if (second(at(t, j)) && is_digit(at(t, j + 1))) ++j;
    if (!is_digit(at(t, j))) continue;
    ++j;
    std::size_t ends[2] = {j, 0};
    if (is_digit(at(t, j)) || letter(at(t, j))) ends[1] = j + 1;
    std::size_t end = 0;
    for (std::size_t k : {ends[1], ends[0]}) {
      if (k == 0) continue;
      if (at(t, k) == ' ') end = inward_at(k + 1);
      else if (k == ends[0] && !is_alnum(at(t, k + 3)) && at(t, k + 3) != '-' &&
               is_upper(t[i]) && is_upper(at(t, k + 1)))  // unspaced: only in capitals
        end = inward_at(k);
      if (end != 0) break;
    }
    if (end == 0 && ends[1] != 0 && is_upper(t[i]) && is_digit(at(t, ends[1])))
      end = inward_at(ends[1]);  // "SW1A1AA", "DN551PT"
    if (end == 0) continue;
    if (!venue_address(t, i)) out.push_back({PersonalData::postcode, i, end - i});
    i = end - 1;
  }
}

// --- names with a title ----------------------------------------------------

// "Mrs Amina Begum", "Dr Patel", "Prof. J. Okafor": a title, then one to
// four capitalised names (or initials). A title alone ("the Dr said") or
// before a lower-case word is not a name.
bool is_title(std::string_view word) {
  static constexpr std::array<std::string_view, 15> kTitles = {
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
      "lady", "lord", "rev", "revd", "cllr"};
  if (word.size() > 9) return false;  // "professor" is the longest
  char buffer[9];
  for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = ascii::to_lower(word[i]);
  const std::string_view lowered(buffer, word.size());
  return std::find(kTitles.begin(), kTitles.end(), lowered) != kTitles.end();
}

// A capitalised name at i ("Begum", "O'Neil", "Smith-Jones", "J."): its end, or 0.
std::size_t name_at(std::string_view t, std::size_t i) {
  if (!is_upper(at(t, i))) return 0;
  std::size_t j = i + 1;
  while (is_alpha(at(t, j)) || ((at(t, j) == '\'' || at(t, j) == '-') && is_alpha(at(t, j + 1)))) ++j;
  if (j == i + 1) return at(t, j) == '.' ? j + 1 : 0;  // an initial
  return j;
}

// A titled name that is a place's (or a thing's named after a person):
// "Sir Robert Peel Community Hospital", "the Dr Foster suite", "Dr Gray's
// Hospital", "the Dame Kelly Holmes Leisure Centre", "the Lord Mayor's
// Charity Appeal": a kind of place among the names, or after them (past a
// possessive and more capitalised words).
bool names_a_place(std::string_view t, std::size_t names_from, std::size_t end) {
  static constexpr std::array<std::string_view, 54> kPlaces = {
      "charity",  "appeal",   "fund",    "award",    "lecture",  "prize",    "scholarship",
      "hospital", "hospice",  "suite",   "ward",     "wing",     "unit",     "centre",   "center",
      "building", "house",    "hall",    "room",     "rooms",    "library",  "school",   "academy",
      "college",  "university", "institute", "clinic", "surgery", "practice", "theatre", "court",
      "lodge",    "memorial", "trust",   "foundation", "campus", "pavilion", "gallery",  "museum",
      "park",     "road",     "street",  "avenue",   "lane",     "way",      "drive",    "square",
      "hub",      "home",     "homes",   "chapel",   "church",   "stadium",  "arena"};
  static constexpr std::array<std::string_view, 5> kJoins = {"and", "of", "the", "for", "on"};
  const auto place = [&](const std::string& word) {
    return any_of_words(word, kPlaces) || (word.size() == 4 && word.starts_with("caf"));
  };
  for (const std::string& word : words_in(t, names_from, end))
    if (place(word)) return true;
  std::size_t i = end;
  // "Dr Gray's Hospital" is a place, "Dr Ahmed's clinic" a person's ('\x7f'
  // is a curly apostrophe, folded).
  // (A straight apostrophe is read as part of the name, as in O'Neil.)
  bool possessive = end >= 2 && t[end - 2] == '\'' && t[end - 1] == 's';
  if ((at(t, i) == '\'' || at(t, i) == '\x7f') && at(t, i + 1) == 's' && !is_alpha(at(t, i + 2))) {
    i += 2;
    possessive = true;
  }
  for (int words = 0; words < 6 && at(t, i) == ' '; ++words) {
    std::size_t j = ++i;
    while (is_alpha(at(t, j)) || at(t, j) == '\x7f' || at(t, j) == '\'' || at(t, j) == '-') ++j;
    if (j == i) break;
    std::string word;
    for (std::size_t k = i; k < j; ++k) word += to_lower(t[k]);
    if (place(word) && (is_upper(t[i]) || !possessive)) return true;
    if (!is_upper(t[i]) && !any_of_words(word, kJoins)) break;
    i = j;
  }
  return false;
}

void find_titled_names(std::string_view t, std::vector<PersonalDataMatch>& out) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!is_upper(t[i]) || (i > 0 && is_alnum(t[i - 1]))) continue;
    std::size_t j = i;
    while (is_alpha(at(t, j))) ++j;
    if (!is_title(t.substr(i, j - i))) {
      i = j > i ? j - 1 : i;
      continue;
    }
    if (at(t, j) == '.') ++j;
    const std::size_t names_from = j;
    std::size_t end = 0;
    for (int names = 0; names < 4 && at(t, j) == ' '; ++names) {
      const std::size_t name_end = name_at(t, j + 1);
      if (name_end == 0) break;
      end = name_end;
      j = name_end;
    }
    if (end == 0) continue;
    if (t[end - 1] == '.' && end - 2 > i && !is_upper(t[end - 2])) --end;
    if (!names_a_place(t, names_from, end)) out.push_back({PersonalData::titled_name, i, end - i});
    i = end - 1;
  }
}

// --- seeing through disguises ----------------------------------------------

// The text the detectors read: zero-width characters dropped, fullwidth forms
// and every kind of space and dash made ASCII, letters with accents made
// plain letters (so "siân.jones@…" is one address), other characters a
// placeholder that is neither letter, digit nor separator. `from[k]` and
// `to[k]` are where folded byte k came from in the original, so matches are
// reported in the original's bytes.
struct Folded {
  std::string text;
  std::vector<std::size_t> from, to;
};

// The next code point at `i` of possibly broken UTF-8: its value (or
// 0xFFFD for a stray byte) and its length.
std::pair<char32_t, std::size_t> decode(std::string_view t, std::size_t i) {
  const auto b = static_cast<unsigned char>(t[i]);
  std::size_t n = b >= 0xF0 && b < 0xF5 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 1;
  if (b < 0x80 || n == 1) return {b < 0x80 ? b : 0xFFFD, 1};
  if (i + n > t.size()) return {0xFFFD, 1};
  char32_t cp = b & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    const auto c = static_cast<unsigned char>(t[i + k]);
    if ((c & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (c & 0x3F);
  }
  return {cp, n};
}

// What a code point reads as: 0 to drop it.
char fold_one(char32_t cp) {
  if (cp < 0x80) return static_cast<char>(cp);
  if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD)
    return 0;
  if (cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000)
    return ' ';
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63) return '-';
  if (cp == 0xFE6B) return '@';
  if (cp >= 0xFF01 && cp <= 0xFF5E) return static_cast<char>(cp - 0xFEE0);
  if (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7)
    return cp <= 0x00DE || (cp >= 0x0100 && cp % 2 == 0) ? 'A' : 'a';
  return '\x7f';
}

Folded fold(std::string_view t) {
  Folded f;
  f.text.reserve(t.size());
  f.from.reserve(t.size());
  f.to.reserve(t.size());
  for (std::size_t i = 0; i < t.size();) {
    const auto [cp, n] = decode(t, i);
    if (const char c = fold_one(cp)) {
      f.text += c;
      f.from.push_back(i);
      f.to.push_back(i + n);
    }
    i += n;
  }
  return f;
}

}  // namespace

std::string_view describe(PersonalData kind) {
  switch (kind) {
    case PersonalData::email: return "an e-mail address";
    case PersonalData::phone: return "a phone number";
    case PersonalData::nhs_number: return "an NHS number";
    case PersonalData::postcode: return "a full postcode";
    case PersonalData::titled_name: return "a person's name";
  }
  return "personal data";
}

std::vector<PersonalDataMatch> find_personal_data(std::string_view text, TextRole role) {
  std::vector<PersonalDataMatch> found;
  // Plain ASCII is read as it is; anything else is folded first.
  const bool ascii = std::all_of(text.begin(), text.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  Folded folded;
  if (!ascii) folded = fold(text);
  const std::string_view t = ascii ? text : std::string_view(folded.text);
  // Addresses need an `@`, numbers and postcodes a digit: most texts have
  // neither, and are only read for names.
  if (t.find('@') != std::string_view::npos) find_emails(t, role, found);
  if (std::any_of(t.begin(), t.end(), is_digit)) {
    find_numbers(t, role, found);
    find_postcodes(t, found);
  }
  find_titled_names(t, found);
  std::sort(found.begin(), found.end(),
            [](const PersonalDataMatch& a, const PersonalDataMatch& b) { return a.offset < b.offset; });
  std::vector<PersonalDataMatch> out;
  for (const PersonalDataMatch& m : found)
    if (out.empty() || m.offset >= out.back().offset + out.back().length) out.push_back(m);
  if (!ascii)
    for (PersonalDataMatch& m : out) {
      const std::size_t begin = folded.from[m.offset], end = folded.to[m.offset + m.length - 1];
      m.offset = begin;
      m.length = end - begin;
    }
  return out;
}

std::string redact(std::string_view text, TextRole role) {
  std::string out;
  std::size_t from = 0;
  for (const PersonalDataMatch& m : find_personal_data(text, role)) {
    out.append(text.substr(from, m.offset - from));
    out += fmt::format("[redacted: {}]", describe(m.kind));
    from = m.offset + m.length;
  }
  out.append(text.substr(from));
  return out;
}

std::string shown(std::string_view text, bool redacted, Newlines newlines, TextRole role) {
  return visible(redacted ? redact(text, role) : std::string(text), newlines);
}

PersonalDataAdvice advice_for(const std::vector<PersonalData>& kinds, TextRole role) {
  const bool contact = role == TextRole::contact;
  const std::string organisational =
      contact ? "Give an organisational contact here instead: a team mailbox, a switchboard or a "
                "helpline number."
              : "An organisational contact (a team mailbox, a switchboard or a helpline number) belongs "
                "in `proposal.contact`.";
  if (kinds.size() != 1)
    return {"a proposal names roles, groups and organisational contacts, not people", organisational};
  switch (kinds.front()) {
    case PersonalData::email:
      return {"a proposal gives a team's mailbox, not a person's e-mail address", organisational};
    case PersonalData::phone:
      return {"a proposal gives an organisation's number (a switchboard, a helpline, a team line), not "
              "a person's",
              contact ? organisational
                      : "If it is a switchboard or a helpline, say so beside it (\"switchboard 0151 …\"); "
                        "a team's own contact belongs in `proposal.contact`."};
    case PersonalData::nhs_number:
      return {"a proposal never identifies a patient", "It belongs in the patient's record, not in a board paper."};
    case PersonalData::postcode:
      return {"a proposal gives a venue's address, not where a person lives",
              "Give the venue's name with its address (\"Knowsley Community Centre, L36 6EG\"), or "
              "only the area (L36)."};
    case PersonalData::titled_name:
      return {"a proposal names roles and groups, not people",
              "Name the role instead (the ward manager, a member of the panel). A place named after a "
              "person reads as one with the kind of place beside the name: \"the Dr Foster suite\"."};
  }
  return {"a proposal names roles and groups, not people", organisational};
}

}  // namespace coprod
