// The smallest valid proposal header, seven lines, that unit tests put in
// front of the sections they are about: a case's own text starts on line 8.
#pragma once

#include <string_view>

namespace coprod::test {

inline constexpr std::string_view kHeader = R"(coprod: 1
proposal:
  title: Community diabetes clinics
  organisation: An NHS trust
  lead: Director of Nursing
  board_date: 2026-05-01
  decision: Approve the clinics.
)";

}  // namespace coprod::test
