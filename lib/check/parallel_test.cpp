#include "check/parallel.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <doctest/doctest.h>

namespace coprod {
namespace {

// The inputs "0", "1" … up to `count`, as a walk would give them.
NextInput numbers(std::size_t count) {
  return [count, i = std::size_t(0)]() mutable -> std::optional<Input> {
    if (i == count) return std::nullopt;
    return Input{std::to_string(i++), false, std::nullopt};
  };
}

// Items that take uneven amounts of work, so threads finish out of order.
Result slow_result(const Input& input) {
  if (std::stoul(input.path) % 7 == 3) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  Result result;
  result.file = input.path;
  return result;
}

TEST_CASE("run_in_order hands every result back once, in input order") {
  for (unsigned jobs : {1u, 2u, 4u, 9u}) {
    CAPTURE(jobs);
    std::vector<std::string> seen;
    run_in_order(numbers(100), {jobs, 4}, slow_result, [&](std::size_t i, Result& r) {
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
      numbers(200), {4, 8},
      [&](const Input& input) {
        ++started;
        return slow_result(input);
      },
      [&](std::size_t i, Result&) { most_ahead = std::max(most_ahead, started.load() - (i + 1)); });
  CHECK(started == 200);
  // Once item i is taken, items up to i + window may start, and no further.
  CHECK(most_ahead <= 8);
}

TEST_CASE("run_in_order throws a producer's exception in that item's turn") {
  std::vector<std::size_t> consumed;
  auto produce = [](const Input& input) -> Result {
    if (input.path == "5") throw std::runtime_error("item 5 failed");
    return slow_result(input);
  };
  CHECK_THROWS_WITH(run_in_order(numbers(50), {3, 4}, produce,
                                 [&](std::size_t i, Result&) { consumed.push_back(i); }),
                    "item 5 failed");
  CHECK(consumed == std::vector<std::size_t>{0, 1, 2, 3, 4});
}

TEST_CASE("run_in_order stops the threads when the consumer throws") {
  std::atomic<std::size_t> started{0};
  CHECK_THROWS_AS(run_in_order(
                      numbers(1000), {2, 4},
                      [&](const Input& input) {
                        ++started;
                        return slow_result(input);
                      },
                      [](std::size_t i, Result&) {
                        if (i == 10) throw std::logic_error("stop");
                      }),
                  std::logic_error);
  // Items 0-10 were taken; at most a window (4) more were started, not the 1000.
  CHECK(started <= 11 + 4);
}

TEST_CASE("run_in_order with nothing to do calls nothing") {
  bool called = false;
  run_in_order(numbers(0), {4, 0}, slow_result, [&](std::size_t, Result&) { called = true; });
  CHECK_FALSE(called);
}

TEST_CASE("run_in_order takes inputs one thread at a time and a window ahead, at most") {
  for (unsigned jobs : {1u, 3u}) {
    CAPTURE(jobs);
    std::atomic<int> inside{0};
    std::atomic<std::size_t> taken{0};
    std::size_t most_ahead = 0;
    std::atomic<bool> overlapped{false};
    auto count = numbers(300);
    run_in_order(
        [&]() -> std::optional<Input> {
          if (++inside > 1) overlapped = true;
          auto input = count();
          if (input) ++taken;
          --inside;
          return input;
        },
        {jobs, 8}, slow_result,
        [&](std::size_t i, Result&) { most_ahead = std::max(most_ahead, taken.load() - (i + 1)); });
    CHECK_FALSE(overlapped);
    CHECK(taken == 300);
    // One thread: the second input is looked at before the first is checked, no more.
    CHECK(most_ahead <= (jobs == 1 ? 1 : 8));
  }
}

TEST_CASE("run_in_order throws an exception from the inputs in its turn") {
  for (unsigned jobs : {1u, 2u}) {
    CAPTURE(jobs);
    std::vector<std::size_t> consumed;
    auto count = numbers(100);
    auto failing = [&]() -> std::optional<Input> {
      auto input = count();
      if (input && input->path == "6") throw std::runtime_error("cannot list");
      return input;
    };
    CHECK_THROWS_WITH(run_in_order(failing, {jobs, 4}, slow_result,
                                   [&](std::size_t i, Result&) { consumed.push_back(i); }),
                      "cannot list");
    CHECK(consumed == std::vector<std::size_t>{0, 1, 2, 3, 4, 5});
  }
}

TEST_CASE("run_in_order checks a single input on the calling thread") {
  const auto caller = std::this_thread::get_id();
  for (std::size_t count : {1u, 2u}) {
    CAPTURE(count);
    std::vector<std::thread::id> where;
    std::mutex mutex;
    run_in_order(
        numbers(count), {4, 0},
        [&](const Input& input) {
          std::lock_guard lock(mutex);
          where.push_back(std::this_thread::get_id());
          return slow_result(input);
        },
        [](std::size_t, Result&) {});
    REQUIRE(where.size() == count);
    // One input: no thread is started. Two: both go to the worker threads.
    for (const auto& id : where) CHECK((id == caller) == (count == 1));
  }
  // An input that fails while the first two are looked at still comes in its turn.
  std::vector<std::size_t> consumed;
  auto count = numbers(10);
  CHECK_THROWS_WITH(run_in_order(
                        [&]() -> std::optional<Input> {
                          auto input = count();
                          if (input && input->path == "1") throw std::runtime_error("second");
                          return input;
                        },
                        {4, 0}, slow_result, [&](std::size_t i, Result&) { consumed.push_back(i); }),
                    "second");
  CHECK(consumed == std::vector<std::size_t>{0});
}

}  // namespace
}  // namespace coprod
