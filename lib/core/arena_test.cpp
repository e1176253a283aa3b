#include "core/arena.h"

#include <cstdint>
#include <cstring>
#include <new>
#include <vector>

#include <doctest/doctest.h>

namespace coprod {

TEST_CASE("an arena hands out aligned memory that does not overlap") {
  Arena arena(64);
  std::vector<std::pair<char*, std::size_t>> taken;
  for (std::size_t i = 0; i < 1000; ++i) {
    const std::size_t size = 1 + i % 37;
    const std::size_t align = std::size_t(1) << (i % 5);  // 1 to 16
    auto* p = static_cast<char*>(arena.allocate(size, align));
    CHECK(reinterpret_cast<std::uintptr_t>(p) % align == 0);
    std::memset(p, int(i % 256), size);
    taken.emplace_back(p, size);
  }
  for (std::size_t i = 0; i < taken.size(); ++i)
    for (std::size_t j = 0; j < taken[i].second; ++j)
      REQUIRE(static_cast<unsigned char>(taken[i].first[j]) == i % 256);
}

TEST_CASE("an arena gives a request larger than its blocks a block of its own") {
  Arena arena(64);
  auto* small = static_cast<char*>(arena.allocate(8, 8));
  auto* large = static_cast<char*>(arena.allocate(100'000, 8));
  std::memset(large, 1, 100'000);
  auto* after = static_cast<char*>(arena.allocate(8, 8));
  std::memset(small, 2, 8);
  std::memset(after, 3, 8);
  CHECK(large[0] == 1);
  CHECK(large[99'999] == 1);
}

TEST_CASE("an arena refuses a request no memory could hold") {
  Arena arena(64);
  CHECK_THROWS_AS(arena.allocate(std::size_t(-1) / 2, 1), std::bad_alloc);
}

}  // namespace coprod
