#include "render/ladder_svg.h"

#include <doctest/doctest.h>

#include "occurrences.h"

namespace coprod {
namespace {

using test::occurrences;

}  // namespace

TEST_CASE("the ladder chart is labelled for people who cannot see it") {
  const std::vector<LadderPoint> points{
      {2, "Design <workshop> & more", Date{2026, 2, 20}, 5, true},
      {1, "Listening", Date{2026, 1, 10}, 3, true},
      {3, "Testing", Date{2026, 3, 1}, 6, false},
  };
  const std::string svg = ladder_svg(points, Date{2026, 4, 1});
  CHECK(svg.starts_with("<svg "));
  CHECK(svg.ends_with("</svg>"));
  CHECK(svg.find("role=\"img\"") != std::string::npos);
  CHECK(svg.find("aria-label=\"Activities on the ladder of co-production over time\"") != std::string::npos);
  CHECK(svg.find("<title id=\"ladder-title\">") != std::string::npos);
  // The description reads the points in time order, with the text escaped.
  CHECK(svg.find("<desc id=\"ladder-desc\">1. Listening: 10 January 2026, Consultation, before the redesign. "
                 "2. Design &lt;workshop&gt; &amp; more: 20 February 2026, Co-design, before the redesign. "
                 "3. Testing: 1 March 2026, Co-production. Board date: 1 April 2026.</desc>") != std::string::npos);
  // Every rung is labelled in words, and each point carries its number.
  for (const char* rung : {">Coercion<", ">Educating<", ">Informing<", ">Consultation<", ">Engagement<",
                           ">Co-design<", ">Co-production<"})
    CHECK(occurrences(svg, rung) == 1);
  CHECK(svg.find(">Board<") != std::string::npos);
  CHECK(svg.find("<workshop>") == std::string::npos);
  // Before the redesign as circles, after as squares: shape as well as colour.
  CHECK(occurrences(svg, "<circle cx=") == 3);  // two points and the legend's
  CHECK(occurrences(svg, "width=\"22\"") == 1);
}

TEST_CASE("the ladder chart says when nothing can be placed in time") {
  const std::string svg = ladder_svg({}, std::nullopt);
  CHECK(svg.find("No dated activities") != std::string::npos);
  CHECK(svg.find("No activity has a date") != std::string::npos);
  // The description a screen reader gives, whole, with and without a board date.
  CHECK(svg.find("<desc id=\"ladder-desc\">No activity has a date, so none can be placed in "
                 "time.</desc>") != std::string::npos);
  CHECK(ladder_svg({}, Date{2026, 3, 12})
            .find("<desc id=\"ladder-desc\">No activity has a date, so none can be placed in "
                  "time. Board date: 12 March 2026.</desc>") != std::string::npos);
}

TEST_CASE("the ladder chart stays the same size whatever the dates span") {
  // Dates from 0001 to 9999 once drew 140,000 ticks (a 9 MB appendix).
  const std::vector<LadderPoint> points{
      {1, "Early", Date{1, 1, 1}, 3, true},
      {2, "Late", Date{9999, 12, 31}, 6, false},
  };
  const std::string svg = ladder_svg(points, Date{5000, 6, 1});
  CHECK(occurrences(svg, "stroke=\"#1f1f1f\"/>") <= 20);
  CHECK(occurrences(svg, "font-size=\"12\" fill=\"#1f1f1f\">") <= 20);
  CHECK(svg.size() < 10000);
  // Within ten years, every month keeps its tick.
  const std::string short_span = ladder_svg({{1, "A", Date{2026, 1, 10}, 3, true}}, Date{2026, 12, 1});
  CHECK(occurrences(short_span, "y2=\"273\" stroke=\"#1f1f1f\"/>") >= 12);
}

TEST_CASE("long dates are written out for a board") {
  CHECK(short_month(2025, 9) == "Sep 2025");
}

}  // namespace coprod
