// Dates written in prose ("signed on 3rd March 2026", "in June 2025"), so a
// rule can set what evidence says against the dates of a proposal's
// activities. Relative dates ("last spring", "two weeks ago"), seasons,
// quarters, years alone and two-digit years are not read: they cannot be
// placed on a calendar without guessing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace coprod::evidence {

enum class Precision : std::uint8_t { day, month };

struct TextDate {
  Date date;  // for a month, its first day
  Precision precision = Precision::day;
  std::size_t offset = 0;  // where it is written, in bytes into the text searched
  std::size_t length = 0;

  // The first and the last day it can mean: the day itself, or the first and
  // last day of its month. "Signed in May 2026" is before an activity on
  // 20 May 2026 only if it could not have been later: ask with latest().
  Date earliest() const { return date; }
  Date latest() const;
};

// Every date in `text`, in order:
//   3 March 2026, 3rd March 2026, 3rd of March 2026, 3 Mar 2026, March 3, 2026,
//   March 3rd 2026, 2026-03-03, 03/03/2026 and 3/3/2026 (day first, as in the UK): a day;
//   March 2026, Mar 2026, "in June 2025": a month.
// A run shares its month or year: "19 and 21 May 2026" and "19-21 May 2026"
// give both days, "June-July 2026" and "June to July 2026" both months.
// Days that do not exist (30 February) and years outside 1900-2199 are not dates.
std::vector<TextDate> dates_in(std::string_view text);

}  // namespace coprod::evidence
