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
