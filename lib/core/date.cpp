#include "core/date.h"

#include <array>
#include <cctype>
#include <chrono>
#include <vector>
#include <ctime>

#include <fmt/format.h>

namespace coprod {

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](std::size_t from, std::size_t count) -> int {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (y < 1 || m < 1 || d < 1) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{unsigned(m)},
                                        std::chrono::day{unsigned(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Date{y, m, d};
}

Date Date::today() {
  // The calendar day where the user is: a waiver that expires today still
  // applies until local midnight, in Leeds as in a UTC container (TZ).
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  if (localtime_r(&now, &local) == nullptr) {
    const std::chrono::year_month_day ymd{
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    return Date{int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
  }
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

int days_between(const Date& from, const Date& to) {
  const auto day = [](const Date& d) {
    return std::chrono::sys_days{std::chrono::year{d.year} / unsigned(d.month) / unsigned(d.day)};
  };
  return int((day(to) - day(from)).count());
}

std::string_view month_name(int month) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? kNames[std::size_t(month - 1)] : std::string_view();
}

std::string long_date(const Date& date) {
  return fmt::format("{} {} {}", date.day, month_name(date.month), date.year);
}

std::string short_month(int year, int month) {
  return fmt::format("{} {}", month_name(month).substr(0, 3), year);
}

int days_in_month(int year, int month) {
  const std::chrono::year_month_day_last last{std::chrono::year{year} / unsigned(month) /
                                              std::chrono::last};
  return int(unsigned(last.day()));
}

namespace {

// The parts of a date as written: numbers (with how many digits) and month
// names, and the separator between them.
struct DatePart {
  int value = 0;
  std::size_t digits = 0;  // 0 for a month written as a word
};

struct Written {
  std::vector<DatePart> parts;
  char separator = 0;      // '-', '/', '.' or ' ' (words and spaces)
  bool mixed = false;      // more than one kind of separator
  bool has_time = false;   // `T10:00` or ` 10:00` after a YYYY-MM-DD date
};

// 1 to 12 for a month's name or its first three letters ("Sept" too), or 0.
int month_of(std::string_view word) {
  std::string lower;
  for (char c : word) lower += char(std::tolower(static_cast<unsigned char>(c)));
  for (int m = 1; m <= 12; ++m) {
    std::string name(month_name(m));
    for (char& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (lower == name || lower == name.substr(0, 3) || (m == 9 && lower == "sept")) return m;
  }
  return 0;
}

// Reads `21 January 2026`, `21st Jan, 2026`, `January 21 2026`, `21/01/2026`,
// `2026-1-5`; nothing (no parts) for anything else.
Written read_written(std::string_view text) {
  Written w;
  // A YYYY-MM-DD date followed by a time.
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ') && text.find(':', 10) != std::string_view::npos) {
    w.has_time = true;
    text = text.substr(0, 10);
  }
  std::size_t i = 0;
  auto note_separator = [&](char c) {
    if (w.separator == 0) w.separator = c;
    else if (w.separator != c) w.mixed = true;
  };
  bool separated = true;
  while (i < text.size()) {
    const char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (!separated || w.parts.size() == 3) return {};
      DatePart part;
      while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
        if (++part.digits > 4) return {};
        part.value = part.value * 10 + (text[i++] - '0');
      }
      // "21st", "2nd", "3rd", "4th"
      if (i + 1 < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) {
        const std::string_view suffix = text.substr(i, 2);
        if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return {};
        i += 2;
      }
      w.parts.push_back(part);
      separated = false;
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      if (!separated || w.parts.size() == 3) return {};
      const std::size_t start = i;
      while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
      const int month = month_of(text.substr(start, i - start));
      if (month == 0) return {};
      if (i < text.size() && text[i] == '.') ++i;  // "Jan."
      w.parts.push_back({month, 0});
      separated = false;
    } else if (c == '-' || c == '/' || c == '.') {
      if (separated) return {};
      note_separator(c);
      separated = true;
      ++i;
    } else if (c == ' ' || c == ',') {
      while (i < text.size() && (text[i] == ' ' || text[i] == ',')) ++i;
      if (!separated) note_separator(' ');
      separated = true;
    } else {
      return {};
    }
  }
  if (separated && !w.parts.empty()) return {};
  return w;
}

std::string iso(int y, int m, int d) { return Date{y, m, d}.iso(); }

// What is wrong with year-month-day numbers that do not make a day; empty
// when they do.
std::string no_such_day(int y, int m, int d) {
  if (m < 1 || m > 12) return fmt::format("there is no month {}", m);
  if (d < 1) return fmt::format("there is no day {}", d);
  const int days = days_in_month(y, m);
  if (d <= days) return {};
  if (m == 2 && d == 29) return fmt::format("{} is not a leap year, so February has 28 days", y);
  if (m == 2) return fmt::format("February has {} days in {}", days, y);
  return fmt::format("{} has {} days", month_name(m), days);
}

bool real(int y, int m, int d) { return y >= 1 && no_such_day(y, m, d).empty(); }

constexpr std::string_view kOrder = "dates are written year, month, day (YYYY-MM-DD)";
constexpr std::string_view kOrderExample =
    "dates are written year, month, day (YYYY-MM-DD), for example 2026-03-12";

// A reading of the written numbers as a day: the day it means, or why none.
DateSlip reading(int y, int m, int d, std::string problem) {
  if (const std::string wrong = no_such_day(y, m, d); !wrong.empty()) return {wrong, std::nullopt};
  return {std::move(problem), iso(y, m, d)};
}

DateSlip explain_numbers(const Written& w) {
  const DatePart& a = w.parts[0];
  const DatePart& b = w.parts[1];
  const DatePart& c = w.parts[2];
  // Month written as a word: "21 January 2026" or "January 21 2026".
  if (b.digits == 0 && a.digits > 0 && a.digits <= 2 && c.digits == 4)
    return reading(c.value, b.value, a.value, std::string(kOrder));
  if (a.digits == 0 && b.digits > 0 && b.digits <= 2 && c.digits == 4)
    return reading(c.value, a.value, b.value, std::string(kOrder));
  if (a.digits == 0 || b.digits == 0 || c.digits == 0) return {std::string(kOrderExample), std::nullopt};
  // Year first.
  if (a.digits == 4 && b.digits <= 2 && c.digits <= 2) {
    if (w.separator == '-' && b.digits == 2 && c.digits == 2) {
      // The form is right: the numbers are not a day. Month and day the
      // wrong way round, when that makes one.
      if ((b.value > 12 || b.value == 0) && real(a.value, c.value, b.value))
        return {fmt::format("there is no month {}: are the month and the day the wrong way round? "
                            "Dates are written year, month, day (YYYY-MM-DD)",
                            b.value),
                iso(a.value, c.value, b.value)};
      return {no_such_day(a.value, b.value, c.value), std::nullopt};
    }
    if (w.separator == '-')
      return reading(a.value, b.value, c.value, "the month and the day take two digits each (YYYY-MM-DD)");
    return reading(a.value, b.value, c.value, std::string(kOrder));
  }
  // Year last: the day first, as in the UK, unless only the other reading
  // is a day (`09/16/2025`).
  if (c.digits == 4 && a.digits <= 2 && b.digits <= 2) {
    if (a.value <= 12 && b.value > 12 && real(c.value, a.value, b.value))
      return reading(c.value, a.value, b.value, std::string(kOrder));
    return reading(c.value, b.value, a.value, std::string(kOrder));
  }
  // Two-digit years: 20YY. Year first after dashes (`26-01-21`, the ISO
  // habit), day first otherwise (`21/01/26`), unless only the other is a day.
  if (a.digits <= 2 && b.digits <= 2 && c.digits == 2) {
    const std::string problem = "the year needs all four digits (YYYY-MM-DD)";
    const bool year_first = w.separator == '-' && a.digits == 2;
    const int y1 = 2000 + (year_first ? a.value : c.value), d1 = year_first ? c.value : a.value;
    const int y2 = 2000 + (year_first ? c.value : a.value), d2 = year_first ? a.value : c.value;
    if (real(y1, b.value, d1) || !real(y2, b.value, d2)) return reading(y1, b.value, d1, problem);
    return reading(y2, b.value, d2, problem);
  }
  return {std::string(kOrderExample), std::nullopt};
}

}  // namespace

DateSlip explain_date(std::string_view text) {
  const Written w = read_written(text);
  if (w.mixed || w.parts.empty()) return {std::string(kOrderExample), std::nullopt};
  if (w.has_time) {
    if (const auto date = Date::parse(text.substr(0, 10)))
      return {"a date is written without a time (YYYY-MM-DD)", date->iso()};
    return explain_date(text.substr(0, 10));
  }
  if (w.parts.size() == 2) {
    const bool month_year = (w.parts[0].digits == 0 && w.parts[1].digits == 4) ||
                            (w.parts[1].digits == 0 && w.parts[0].digits == 4) ||
                            (w.parts[0].digits == 4 && w.parts[1].digits <= 2) ||
                            (w.parts[1].digits == 4 && w.parts[0].digits <= 2);
    if (month_year) return {"a date needs its day as well as its month and year (YYYY-MM-DD)", std::nullopt};
    return {"a date needs its year as well as its month and day (YYYY-MM-DD)", std::nullopt};
  }
  if (w.parts.size() != 3) return {std::string(kOrderExample), std::nullopt};
  DateSlip slip = explain_numbers(w);
  // Numbers that make a day, written with spaces around them, say.
  if (slip.problem.empty()) slip.problem = kOrder;
  return slip;
}

}  // namespace coprod
