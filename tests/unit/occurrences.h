// How many times a part occurs in a text, not overlapping: for tests that
// say something is written once, or once per item.
#pragma once

#include <cstddef>
#include <string_view>

namespace coprod::test {

inline std::size_t occurrences(std::string_view text, std::string_view part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string_view::npos;
       at = text.find(part, at + part.size()))
    ++n;
  return n;
}

}  // namespace coprod::test
