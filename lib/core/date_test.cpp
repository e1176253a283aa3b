#include "core/date.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <string>

namespace coprod {

TEST_CASE("days between two dates count whole calendar days") {
  const auto d = [](std::string_view text) { return *Date::parse(text); };
  CHECK(days_between(d("2026-01-05"), d("2026-01-05")) == 0);
  CHECK(days_between(d("2026-01-05"), d("2026-01-06")) == 1);
  // Twelve weeks.
  CHECK(days_between(d("2026-01-05"), d("2026-03-30")) == 84);
  CHECK(days_between(d("2026-01-05"), d("2026-03-29")) == 83);
  // Across the end of a month, a year, and a leap day.
  CHECK(days_between(d("2025-12-31"), d("2026-01-01")) == 1);
  CHECK(days_between(d("2024-02-28"), d("2024-03-01")) == 2);
  CHECK(days_between(d("2025-02-28"), d("2025-03-01")) == 1);
  CHECK(days_between(d("2024-01-01"), d("2025-01-01")) == 366);
  // Backwards is negative.
  CHECK(days_between(d("2026-03-30"), d("2026-01-05")) == -84);
}

TEST_CASE("a date that is not one says what is wrong, and the day it most likely means") {
  const auto says = [](std::string_view text) {
    const DateSlip slip = explain_date(text);
    return slip.problem + (slip.meant ? " -> " + *slip.meant : std::string());
  };
  // No such day.
  CHECK(says("2026-11-31") == "November has 30 days");
  CHECK(says("2026-04-31") == "April has 30 days");
  CHECK(says("2026-01-32") == "January has 31 days");
  CHECK(says("2026-02-29") == "2026 is not a leap year, so February has 28 days");
  CHECK(says("2024-02-30") == "February has 29 days in 2024");
  CHECK(says("2026-02-30") == "February has 28 days in 2026");
  CHECK(says("2026-00-10") == "there is no month 0");
  CHECK(says("2026-03-00") == "there is no day 0");
  // Month and day the wrong way round.
  CHECK(says("2026-21-01") ==
        "there is no month 21: are the month and the day the wrong way round? Dates are written "
        "year, month, day (YYYY-MM-DD) -> 2026-01-21");
  CHECK(says("2026-13-01") ==
        "there is no month 13: are the month and the day the wrong way round? Dates are written "
        "year, month, day (YYYY-MM-DD) -> 2026-01-13");
  CHECK(says("2026-31-11") == "there is no month 31");  // 11-31 is no day either
  // A two-digit year.
  CHECK(says("26-01-21") == "the year needs all four digits (YYYY-MM-DD) -> 2026-01-21");
  CHECK(says("21/01/26") == "the year needs all four digits (YYYY-MM-DD) -> 2026-01-21");
  CHECK(says("26-13-01") == "there is no month 13");
  // Day first, as in the UK; month first only when nothing else is a day.
  CHECK(says("21/01/2027") == "dates are written year, month, day (YYYY-MM-DD) -> 2027-01-21");
  CHECK(says("12/03/2026") == "dates are written year, month, day (YYYY-MM-DD) -> 2026-03-12");
  CHECK(says("09/16/2025") == "dates are written year, month, day (YYYY-MM-DD) -> 2025-09-16");
  CHECK(says("16.09.2025") == "dates are written year, month, day (YYYY-MM-DD) -> 2025-09-16");
  CHECK(says("2025/09/16") == "dates are written year, month, day (YYYY-MM-DD) -> 2025-09-16");
  CHECK(says("31/11/2026") == "November has 30 days");
  CHECK(says("2026-1-5") == "the month and the day take two digits each (YYYY-MM-DD) -> 2026-01-05");
  // Months in words.
  CHECK(says("21 January 2027") == "dates are written year, month, day (YYYY-MM-DD) -> 2027-01-21");
  CHECK(says("21st Jan 2027") == "dates are written year, month, day (YYYY-MM-DD) -> 2027-01-21");
  CHECK(says("January 21, 2027") == "dates are written year, month, day (YYYY-MM-DD) -> 2027-01-21");
  CHECK(says("3 Sept 2026") == "dates are written year, month, day (YYYY-MM-DD) -> 2026-09-03");
  CHECK(says("29 February 2026") == "2026 is not a leap year, so February has 28 days");
  CHECK(says("March 2026") == "a date needs its day as well as its month and year (YYYY-MM-DD)");
  CHECK(says("2026-03") == "a date needs its day as well as its month and year (YYYY-MM-DD)");
  CHECK(says("21 January") == "a date needs its year as well as its month and day (YYYY-MM-DD)");
  // A time after the day.
  CHECK(says("2026-01-10T10:00:00") == "a date is written without a time (YYYY-MM-DD) -> 2026-01-10");
  CHECK(says("2026-01-10 10:00") == "a date is written without a time (YYYY-MM-DD) -> 2026-01-10");
  // Nothing to go on.
  CHECK(says("next spring") == "dates are written year, month, day (YYYY-MM-DD), for example 2026-03-12");
  CHECK(says("TBC") == "dates are written year, month, day (YYYY-MM-DD), for example 2026-03-12");
  CHECK(says("2026-01/10") == "dates are written year, month, day (YYYY-MM-DD), for example 2026-03-12");
  CHECK(says("") == "dates are written year, month, day (YYYY-MM-DD), for example 2026-03-12");
}

TEST_CASE("month names and lengths") {
  CHECK(month_name(1) == "January");
  CHECK(long_date(Date{2026, 3, 12}) == "12 March 2026");
  CHECK(short_month(2025, 9) == "Sep 2025");
  CHECK(month_name(12) == "December");
  CHECK(month_name(13).empty());
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2100, 2) == 28);
  CHECK(days_in_month(2000, 2) == 29);
  CHECK(days_in_month(2026, 9) == 30);
}

TEST_CASE("today is the local calendar day, not the UTC one") {
  // At any instant, fourteen hours ahead of UTC and twelve behind are one or
  // two calendar days apart; a UTC date would make them the same.
  const char* saved = std::getenv("TZ");
  const std::string was = saved ? saved : "";
  setenv("TZ", "<+14>-14", 1);
  tzset();
  const Date ahead = Date::today();
  setenv("TZ", "<-12>+12", 1);
  tzset();
  const Date behind = Date::today();
  if (saved) setenv("TZ", was.c_str(), 1);
  else unsetenv("TZ");
  tzset();
  const int apart = days_between(behind, ahead);
  CHECK(apart >= 1);
  CHECK(apart <= 2);
}

}  // namespace coprod
