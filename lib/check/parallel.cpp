#include "check/parallel.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace coprod {

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

namespace {

// One finished item waiting for its turn: a result or what went wrong.
struct Slot {
  std::optional<Result> result;
  std::exception_ptr error;
  bool ready = false;
};

// A ring of `window` slots shared by the producing threads and the consumer.
// Item i may start only once item i - window has been consumed, so a slot is
// never overwritten before it is read.
class Window {
 public:
  Window(std::size_t count, std::size_t size) : count_(count), slots_(size) {}

  // The next item for a producer to work on, or nothing when all are taken
  // or the run has stopped.
  std::optional<std::size_t> claim() {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return stopped_ || next_ == count_ || next_ < consumed_ + slots_.size(); });
    if (stopped_ || next_ == count_) return std::nullopt;
    return next_++;
  }

  void put(std::size_t i, std::optional<Result> result, std::exception_ptr error) {
    {
      std::lock_guard lock(mutex_);
      Slot& slot = slots_[i % slots_.size()];
      slot.result = std::move(result);
      slot.error = error;
      slot.ready = true;
    }
    filled_.notify_one();
  }

  // Waits for item `i` (the next in order) and takes it out of the window.
  Slot take(std::size_t i) {
    std::unique_lock lock(mutex_);
    Slot& slot = slots_[i % slots_.size()];
    filled_.wait(lock, [&] { return slot.ready; });
    Slot taken = std::move(slot);
    slot = Slot{};
    ++consumed_;
    lock.unlock();
    space_.notify_all();
    return taken;
  }

  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopped_ = true;
    }
    space_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable space_;   // a producer may claim another item
  std::condition_variable filled_;  // a slot became ready
  const std::size_t count_;
  std::vector<Slot> slots_;
  std::size_t next_ = 0;      // the next item to claim
  std::size_t consumed_ = 0;  // items handed to the consumer
  bool stopped_ = false;
};

}  // namespace

void run_in_order(std::size_t count, const InOrderOptions& options,
                  const std::function<Result(std::size_t)>& produce,
                  const std::function<void(std::size_t, Result&)>& consume) {
  const std::size_t jobs = std::min<std::size_t>(std::max(options.jobs, 1u), count);
  if (jobs <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      Result result = produce(i);
      consume(i, result);
    }
    return;
  }

  Window window(count, options.window != 0 ? options.window : 16 * jobs);
  auto work = [&] {
    while (auto i = window.claim()) {
      try {
        window.put(*i, produce(*i), nullptr);
      } catch (...) {
        window.put(*i, std::nullopt, std::current_exception());
      }
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (std::size_t t = 0; t < jobs; ++t) threads.emplace_back(work);

  std::exception_ptr failure;
  try {
    for (std::size_t i = 0; i < count; ++i) {
      Slot slot = window.take(i);
      if (slot.error) std::rethrow_exception(slot.error);
      consume(i, *slot.result);
    }
  } catch (...) {
    failure = std::current_exception();
    window.stop();
  }
  for (std::thread& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace coprod
