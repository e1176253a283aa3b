// A calendar date as the proposal format writes it: YYYY-MM-DD.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace coprod {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  auto operator<=>(const Date&) const = default;
  std::string iso() const;  // YYYY-MM-DD

  // Only a real calendar day in YYYY-MM-DD form (no times, no 2026-02-30).
  static std::optional<Date> parse(std::string_view text);
  static Date today();  // the local calendar day (the TZ environment variable, else the system's zone)
};

// Whole days from `from` to `to`: 84 from 2026-01-05 to 2026-03-30; negative
// when `to` comes first.
int days_between(const Date& from, const Date& to);

// "November" for 11.
std::string_view month_name(int month);
// "18 September 2025", as a board paper writes a date.
std::string long_date(const Date& date);
// "Sep 2025".
std::string short_month(int year, int month);

// How many days `month` of `year` has: 28 to 31.
int days_in_month(int year, int month);

// What is wrong with a text written for a date that Date::parse refuses, in a
// few words ("November has 30 days", "2026 is not a leap year, so February
// has 28 days", "the year needs all four digits"), and the day it most likely
// means, in YYYY-MM-DD form, when one can be told: `2026-21-01` (month and
// day the wrong way round), `26-01-21`, `21/01/2027` (day first, as in the
// UK, when both readings are possible), `21 January 2027`, `2027-01-21T10:00`.
struct DateSlip {
  std::string problem;
  std::optional<std::string> meant;
};
DateSlip explain_date(std::string_view text);

}  // namespace coprod
