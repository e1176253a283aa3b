// What the unit tests of proposals share: the smallest valid proposal header,
// and checking on a fixed day.
#pragma once

#include <string_view>

#include "check/check.h"

namespace coprod::test {

// Check options for 30 June 2026, so that waiver expiry and dates in the
// future do not depend on the day the tests run.
inline CheckOptions fixed_day_options() {
  CheckOptions options;
  options.today = Date{2026, 6, 30};
  return options;
}

// The seven-line header unit tests put in front of the sections they are
// about: a case's own text starts on line 8.
inline constexpr std::string_view kHeader = R"(coprod: 1
proposal:
  title: Community diabetes clinics
  organisation: An NHS trust
  lead: Director of Nursing
  board_date: 2026-05-01
  decision: Approve the clinics.
)";

}  // namespace coprod::test
