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

}  // namespace coprod
