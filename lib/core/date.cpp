#include "core/date.h"

#include <chrono>
#include <ctime>

#include <fmt/format.h>

namespace coprod {

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](std::size_t from, std::size_t count) -> int {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (y < 1 || m < 1 || d < 1) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{unsigned(m)},
                                        std::chrono::day{unsigned(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Date{y, m, d};
}

Date Date::today() {
  // The calendar day where the user is: a waiver that expires today still
  // applies until local midnight, in Leeds as in a UTC container (TZ).
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  if (localtime_r(&now, &local) == nullptr) {
    const std::chrono::year_month_day ymd{
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    return Date{int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
  }
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

int days_between(const Date& from, const Date& to) {
  const auto day = [](const Date& d) {
    return std::chrono::sys_days{std::chrono::year{d.year} / unsigned(d.month) / unsigned(d.day)};
  };
  return int((day(to) - day(from)).count());
}

}  // namespace coprod
