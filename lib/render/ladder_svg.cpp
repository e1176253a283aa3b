#include "render/ladder_svg.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "load/vocabulary.h"
#include "core/escape.h"

namespace coprod {
namespace {

constexpr int kRungs = static_cast<int>(vocab::count<Level>());
// A rung as the chart labels it: "Co-design".
std::string_view rung_label(int rung) { return vocab::label(vocab::level_at(rung)); }

// Chart geometry, in SVG user units; the viewBox scales it to the page.
constexpr double kWidth = 760, kHeight = 330;
constexpr double kLeft = 120, kRight = 24, kTop = 24, kBottom = 62;
constexpr double kPlotWidth = kWidth - kLeft - kRight;
constexpr double kRow = (kHeight - kTop - kBottom) / kRungs;
constexpr long kMaxMonthTicks = 120;

long days(const Date& d) {
  const std::chrono::sys_days day{std::chrono::year{d.year} / std::chrono::month{unsigned(d.month)} /
                                  std::chrono::day{unsigned(d.day)}};
  return day.time_since_epoch().count();
}

// Coordinates to a tenth of a unit: finer than any screen or printer shows.
double tenth(double v) { return std::round(v * 10) / 10; }

double rung_y(int rung) { return tenth(kTop + (kRungs - 1 - rung) * kRow + kRow / 2); }

}  // namespace

namespace {

// The dated points on the ladder, in time order.
std::vector<LadderPoint> dated_points(const std::vector<LadderPoint>& all_points) {
  std::vector<LadderPoint> points;
  for (const LadderPoint& p : all_points)
    if (p.date.year > 0 && p.rung >= 0 && p.rung < kRungs) points.push_back(p);
  std::stable_sort(points.begin(), points.end(),
                   [](const LadderPoint& a, const LadderPoint& b) { return a.date < b.date; });
  return points;
}

// The chart in words, for the <desc> a screen reader reads.
std::string ladder_description(const std::vector<LadderPoint>& points, std::optional<Date> board_date) {
  std::string desc;
  for (const LadderPoint& p : points)
    desc += fmt::format("{}. {}: {}, {}{}. ", p.number, p.title, long_date(p.date), rung_label(p.rung),
                        p.before_redesign ? ", before the redesign" : "");
  if (points.empty()) desc = "No activity has a date, so none can be placed in time. ";
  if (board_date) desc += fmt::format("Board date: {}.", long_date(*board_date));
  if (desc.ends_with(' ')) desc.pop_back();
  return desc;
}

// The opening tag with its title and description, the rungs (the top two,
// where people share power, shaded) and the two axes.
std::string ladder_frame(const std::string& desc) {
  const std::string title = "Activities on the ladder of co-production over time";
  std::string svg = fmt::format(
      "<svg class=\"ladder\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" "
      "aria-labelledby=\"ladder-title ladder-desc\" aria-label=\"{}\">\n"
      "<title id=\"ladder-title\">{}</title>\n<desc id=\"ladder-desc\">{}</desc>\n",
      kWidth, kHeight, escape_html(title), escape_html(title), escape_html(desc));
  svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#e3f1e6\"/>\n", kLeft, kTop,
                     kPlotWidth, 2 * kRow);
  for (int rung = 0; rung < kRungs; ++rung) {
    const double y = rung_y(rung);
    svg += fmt::format(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#b8b8b8\" stroke-width=\"1\"/>\n"
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"13\" "
        "fill=\"#1f1f1f\">{}</text>\n",
        kLeft, y, kWidth - kRight, y, kLeft - 8, y, rung_label(rung));
  }
  svg += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#1f1f1f\"/>\n", kLeft, kTop,
                     kHeight - kBottom);
  svg += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#1f1f1f\"/>\n", kLeft,
                     kHeight - kBottom, kWidth - kRight);
  return svg;
}

// The time axis: from the first activity to the last (or the board date),
// padded, as days since the epoch.
struct TimeAxis {
  long first, last;

  TimeAxis(const std::vector<LadderPoint>& points, std::optional<Date> board_date)
      : first(days(points.front().date)), last(days(points.back().date)) {
    if (board_date) last = std::max(last, days(*board_date)), first = std::min(first, days(*board_date));
    const long pad = std::max<long>(10, (last - first) / 12);
    first -= pad;
    last += pad;
  }

  double x_of(long day) const {
    return tenth(kLeft + kPlotWidth * static_cast<double>(day - first) / static_cast<double>(last - first));
  }
};

// Month ticks, thinned so labels never collide. Counted, not listed: the
// dates may span centuries, and the chart stays the same size whatever they
// are (about ten labels; a tick for every month only up to ten years).
std::string month_ticks(const TimeAxis& axis) {
  const std::chrono::year_month_day from{std::chrono::sys_days{std::chrono::days{axis.first}}};
  const std::chrono::year_month_day to{std::chrono::sys_days{std::chrono::days{axis.last}}};
  const std::chrono::year_month start = from.year() / from.month();
  const long months = (to.year() / to.month() - start).count() + 1;
  const long step = 1 + months / 9;
  const long tick_step = months <= kMaxMonthTicks ? 1 : step;
  std::string svg;
  for (long i = 0; i < months; i += tick_step) {
    const std::chrono::year_month ym = start + std::chrono::months{i};
    const int year = int(ym.year()), month = int(unsigned(ym.month()));
    const long day = days({year, month, 1});
    if (day < axis.first) continue;
    const double x = axis.x_of(day);
    svg += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#1f1f1f\"/>\n", x,
                       kHeight - kBottom, kHeight - kBottom + 5);
    if (i % step == 0)
      svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\" "
                         "fill=\"#1f1f1f\">{}</text>\n",
                         x, kHeight - kBottom + 19, short_month(year, month));
  }
  return svg;
}

std::string board_line(const TimeAxis& axis, Date board_date) {
  return fmt::format(
      "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#6b2c91\" stroke-width=\"2\" "
      "stroke-dasharray=\"6 4\"/>\n<text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\" font-size=\"12\" "
      "fill=\"#6b2c91\">Board</text>\n",
      axis.x_of(days(board_date)), kTop, kHeight - kBottom, kTop - 8);
}

// The path in time order, then the points on top of it: circles before the
// redesign, squares after (shape, not only colour). Points on the same day
// and rung are spread sideways so none hides another.
std::string path_and_points(const std::vector<LadderPoint>& points, const TimeAxis& axis) {
  std::map<std::pair<long, int>, int> seen;
  std::vector<std::pair<double, double>> at;
  for (const LadderPoint& p : points) {
    const int nth = seen[{days(p.date), p.rung}]++;
    at.emplace_back(axis.x_of(days(p.date)) + 22.0 * nth, rung_y(p.rung));
  }
  std::string path;
  for (const auto& [x, y] : at) path += fmt::format("{}{},{}", path.empty() ? "" : " ", x, y);
  std::string svg =
      fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"#1d4e89\" stroke-width=\"2\"/>\n", path);
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto [x, y] = at[i];
    const LadderPoint& p = points[i];
    if (p.before_redesign)
      svg += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"11\" fill=\"#1d4e89\"/>\n", x, y);
    else
      svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"22\" height=\"22\" fill=\"#1d4e89\"/>\n", x - 11,
                         y - 11);
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" dominant-baseline=\"central\" "
                       "font-size=\"12\" font-weight=\"bold\" fill=\"#ffffff\">{}</text>\n",
                       x, y, p.number);
  }
  return svg;
}

std::string ladder_legend() {
  const double legend_y = kHeight - 14;
  return fmt::format(
      "<circle cx=\"{0}\" cy=\"{1}\" r=\"7\" fill=\"#1d4e89\"/>\n"
      "<text x=\"{2}\" y=\"{1}\" dominant-baseline=\"middle\" font-size=\"12\" fill=\"#1f1f1f\">"
      "Before the redesign</text>\n"
      "<rect x=\"{3}\" y=\"{4}\" width=\"14\" height=\"14\" fill=\"#1d4e89\"/>\n"
      "<text x=\"{5}\" y=\"{1}\" dominant-baseline=\"middle\" font-size=\"12\" fill=\"#1f1f1f\">"
      "After the redesign</text>\n"
      "<rect x=\"{6}\" y=\"{4}\" width=\"14\" height=\"14\" fill=\"#e3f1e6\" stroke=\"#7a9a80\"/>\n"
      "<text x=\"{7}\" y=\"{1}\" dominant-baseline=\"middle\" font-size=\"12\" fill=\"#1f1f1f\">"
      "Sharing power (co-design and co-production)</text>\n",
      kLeft + 7, legend_y, kLeft + 20, kLeft + 150, legend_y - 7, kLeft + 170, kLeft + 295, kLeft + 315);
}

}  // namespace

std::string ladder_svg(const std::vector<LadderPoint>& all_points, std::optional<Date> board_date) {
  const std::vector<LadderPoint> points = dated_points(all_points);
  std::string svg = ladder_frame(ladder_description(points, board_date));
  if (points.empty())
    return svg + fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"14\" "
                             "fill=\"#1f1f1f\">No dated activities</text>\n</svg>",
                             kLeft + kPlotWidth / 2, kTop + 3 * kRow);
  const TimeAxis axis(points, board_date);
  svg += month_ticks(axis);
  if (board_date) svg += board_line(axis, *board_date);
  return svg + path_and_points(points, axis) + ladder_legend() + "</svg>";
}

}  // namespace coprod
