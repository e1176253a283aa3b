#include "check/parallel.h"

#include <atomic>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <doctest/doctest.h>

namespace coprod {
namespace {

// Items that take uneven amounts of work, so threads finish out of order.
Result slow_result(std::size_t i) {
  if (i % 7 == 3) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  Result result;
  result.file = std::to_string(i);
  return result;
}

TEST_CASE("run_in_order hands every result back once, in input order") {
  for (unsigned jobs : {1u, 2u, 4u, 9u}) {
    CAPTURE(jobs);
    std::vector<std::string> seen;
    run_in_order(100, {jobs, 4}, slow_result, [&](std::size_t i, Result& r) {
      CHECK(r.file == std::to_string(i));
      seen.push_back(r.file);
    });
    REQUIRE(seen.size() == 100);
    for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == std::to_string(i));
  }
}

TEST_CASE("run_in_order keeps at most a window of results ahead of the consumer") {
  std::atomic<std::size_t> started{0};
  std::size_t most_ahead = 0;
  run_in_order(
      200, {4, 8},
      [&](std::size_t i) {
        ++started;
        return slow_result(i);
      },
      [&](std::size_t i, Result&) { most_ahead = std::max(most_ahead, started.load() - (i + 1)); });
  CHECK(started == 200);
  // Once item i is taken, items up to i + window may start, and no further.
  CHECK(most_ahead <= 8);
}

TEST_CASE("run_in_order throws a producer's exception in that item's turn") {
  std::vector<std::size_t> consumed;
  auto produce = [](std::size_t i) -> Result {
    if (i == 5) throw std::runtime_error("item 5 failed");
    return slow_result(i);
  };
  CHECK_THROWS_WITH(run_in_order(50, {3, 4}, produce,
                                 [&](std::size_t i, Result&) { consumed.push_back(i); }),
                    "item 5 failed");
  CHECK(consumed == std::vector<std::size_t>{0, 1, 2, 3, 4});
}

TEST_CASE("run_in_order stops the threads when the consumer throws") {
  CHECK_THROWS_AS(run_in_order(1000, {2, 4}, slow_result,
                               [](std::size_t i, Result&) {
                                 if (i == 10) throw std::logic_error("stop");
                               }),
                  std::logic_error);
}

TEST_CASE("run_in_order with nothing to do calls nothing") {
  bool called = false;
  run_in_order(0, {4, 0}, slow_result, [&](std::size_t, Result&) { called = true; });
  CHECK_FALSE(called);
}

}  // namespace
}  // namespace coprod
