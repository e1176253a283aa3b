#include "evidence/dates.h"

#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

namespace coprod::evidence {
namespace {

// Each date found, as "YYYY-MM-DD" or "YYYY-MM", with the text it was read from.
std::vector<std::string> found(std::string_view text) {
  std::vector<std::string> out;
  for (const TextDate& d : dates_in(text)) {
    const std::string when = d.precision == Precision::day ? d.date.iso() : d.date.iso().substr(0, 7);
    out.push_back(fmt::format("{} \"{}\"", when, text.substr(d.offset, d.length)));
  }
  return out;
}

using List = std::vector<std::string>;

}  // namespace

TEST_CASE("full dates in the ways people write them") {
  CHECK(found("The lease was signed on 3 March 2026.") == List{"2026-03-03 \"3 March 2026\""});
  CHECK(found("signed 3rd March 2026") == List{"2026-03-03 \"3rd March 2026\""});
  CHECK(found("on the 21st of June, 2025") == List{"2025-06-21 \"21st of June, 2025\""});
  CHECK(found("3 Mar 2026 and 4 Sept. 2026") ==
        List{"2026-03-03 \"3 Mar 2026\"", "2026-09-04 \"4 Sept. 2026\""});
  CHECK(found("March 3, 2026") == List{"2026-03-03 \"March 3, 2026\""});
  CHECK(found("March 3rd 2026") == List{"2026-03-03 \"March 3rd 2026\""});
  CHECK(found("awarded on 2026-06-30 under delegated authority") == List{"2026-06-30 \"2026-06-30\""});
  CHECK(found("approved 03/03/2026") == List{"2026-03-03 \"03/03/2026\""});
  CHECK(found("approved 4/3/2026") == List{"2026-03-04 \"4/3/2026\""});  // day first, as in the UK
  CHECK(found("TUESDAY 12 MAY 2026") == List{"2026-05-12 \"12 MAY 2026\""});
}

TEST_CASE("a month and year is a month, and counts as its last day when asked how late it may be") {
  CHECK(found("in June 2025") == List{"2025-06 \"June 2025\""});
  CHECK(found("Signed in May 2026.") == List{"2026-05 \"May 2026\""});
  CHECK(found("Nov 2025 to January 2026") == List{"2025-11 \"Nov 2025\"", "2026-01 \"January 2026\""});
  const std::vector<TextDate> may = dates_in("signed in May 2026");
  REQUIRE(may.size() == 1);
  CHECK(may[0].earliest() == Date{2026, 5, 1});
  CHECK(may[0].latest() == Date{2026, 5, 31});
  CHECK(dates_in("February 2028")[0].latest() == Date{2028, 2, 29});
  CHECK(dates_in("February 2027")[0].latest() == Date{2027, 2, 28});
  const std::vector<TextDate> day = dates_in("on 20 May 2026");
  CHECK(day[0].earliest() == day[0].latest());
}

TEST_CASE("a run of days or months shares its month or year") {
  CHECK(found("design days, 19 and 21 May 2026") ==
        List{"2026-05-19 \"19\"", "2026-05-21 \"21 May 2026\""});
  CHECK(found("19-21 May 2026") == List{"2026-05-19 \"19\"", "2026-05-21 \"21 May 2026\""});
  CHECK(found("3, 10 and 17 March 2026") ==
        List{"2026-03-03 \"3\"", "2026-03-10 \"10\"", "2026-03-17 \"17 March 2026\""});
  CHECK(found("June-July 2026") == List{"2026-06 \"June\"", "2026-07 \"July 2026\""});
  CHECK(found("June to August 2026") == List{"2026-06 \"June\"", "2026-08 \"August 2026\""});
  // A comma alone does not make a run: "Session 2, 3 March 2026" is one date.
  CHECK(found("Session 2, 3 March 2026") == List{"2026-03-03 \"3 March 2026\""});
}

TEST_CASE("what is not read as a date") {
  CHECK(found("last spring").empty());
  CHECK(found("two weeks ago").empty());
  CHECK(found("in the summer of 2025").empty());
  CHECK(found("in 2025").empty());
  CHECK(found("Q3 2026").empty());
  CHECK(found("03/03/26").empty());              // a two-digit year
  CHECK(found("30 February 2026").empty());      // no such day
  CHECK(found("2026-13-01").empty());
  CHECK(found("31/04/2026").empty());
  CHECK(found("May 1850").empty());              // outside 1900-2199
  CHECK(found("Members may 2026 …").size() == 1);  // a month's name and a year read as a month
  CHECK(found("12 members, 2026 budget").empty());
  CHECK(found("version 3.2026").empty());
  CHECK(found("").empty());
}

}  // namespace coprod::evidence
