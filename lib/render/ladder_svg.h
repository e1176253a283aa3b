// The activities of a proposal drawn on the ladder of co-production against
// time, as an inline SVG fragment for the HTML appendix: a board sees at a
// glance whether people were involved early and at depth.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace coprod {

struct LadderPoint {
  int number = 0;        // as numbered in the activities table
  std::string title;     // already redacted; escaped here
  Date date;
  int rung = 0;          // index into vocab::kLevels, 0 = coercion
  bool before_redesign = false;
};

// A self-contained <svg> element with a <title>, a <desc> listing every point
// in words, and text labels, so it reads without colour and prints. Points
// without a date are left to the table.
std::string ladder_svg(const std::vector<LadderPoint>& points, std::optional<Date> board_date);

}  // namespace coprod
