#include "check/parallel.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace coprod {

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

namespace {

// One finished item waiting for its turn: a result or what went wrong.
struct Slot {
  std::optional<Result> result;
  std::exception_ptr error;
  bool ready() const { return result.has_value() || error != nullptr; }
};

// One input for a producer to work on: the input, or what went wrong taking it.
struct Claim {
  std::size_t index = 0;
  std::optional<Input> input;
  std::exception_ptr error;
};

// A ring of `window` slots shared by the producing threads and the consumer.
// Item i may start only once item i - window has been consumed, so a slot is
// never overwritten before it is read.
class Window {
 public:
  Window(const NextInput& next, std::size_t size) : next_input_(next), slots_(size) {}

  // The next item for a producer to work on, or nothing when the inputs are
  // all taken or the run has stopped.
  std::optional<Claim> claim() {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return stopped_ || exhausted_ || next_ < consumed_ + slots_.size(); });
    if (stopped_ || exhausted_) return std::nullopt;
    Claim claim{next_, std::nullopt, nullptr};
    try {
      claim.input = next_input_();
    } catch (...) {
      claim.error = std::current_exception();
      exhausted_ = true;  // the error is the last item
    }
    if (!claim.input && !claim.error) {
      exhausted_ = true;
      lock.unlock();
      filled_.notify_all();  // the consumer may be waiting for an item that will not come
      space_.notify_all();
      return std::nullopt;
    }
    ++next_;
    return claim;
  }

  void put(std::size_t i, std::optional<Result> result, std::exception_ptr error) {
    {
      std::lock_guard lock(mutex_);
      Slot& slot = slots_[i % slots_.size()];
      slot.result = std::move(result);
      slot.error = error;
    }
    filled_.notify_all();
  }

  // Waits for item `i` (the next in order) and takes it out of the window;
  // nothing once every input has been consumed.
  std::optional<Slot> take(std::size_t i) {
    std::unique_lock lock(mutex_);
    Slot& slot = slots_[i % slots_.size()];
    filled_.wait(lock, [&] { return slot.ready() || (exhausted_ && i >= next_); });
    if (!slot.ready()) return std::nullopt;
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
  const NextInput& next_input_;
  std::mutex mutex_;
  std::condition_variable space_;   // a producer may claim another item
  std::condition_variable filled_;  // a slot became ready, or the inputs ran out
  std::vector<Slot> slots_;
  std::size_t next_ = 0;      // the index of the next item to claim
  std::size_t consumed_ = 0;  // items handed to the consumer
  bool exhausted_ = false;    // `next_input_` has no more
  bool stopped_ = false;
};

}  // namespace

void run_in_order(const NextInput& next, const InOrderOptions& options,
                  const std::function<Result(const Input&)>& produce,
                  const std::function<void(std::size_t, Result&)>& consume) {
  // Starting threads costs most of a millisecond, a tenth of checking one
  // small file: a run of a single file (an editor, a pre-commit hook) is
  // checked on the calling thread. And more threads than cores, or than
  // files, only contend: so up to one input per thread is taken before
  // deciding how many to start, and handed out again first.
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const unsigned wanted = std::max(1u, std::min(options.jobs, cores));
  std::vector<Input> ahead;
  std::exception_ptr ahead_error;
  try {
    while (ahead.size() < std::max(2u, wanted + 1)) {
      std::optional<Input> input = next();
      if (!input) break;
      ahead.push_back(std::move(*input));
    }
  } catch (...) {
    ahead_error = std::current_exception();
  }
  const bool more = ahead.size() >= 2 && !ahead_error;
  const bool endless = ahead.size() > wanted;  // at least one input per thread
  const unsigned jobs = endless ? wanted : static_cast<unsigned>(ahead.size());
  std::size_t replayed = 0;
  const NextInput inputs = [&]() -> std::optional<Input> {
    if (replayed < ahead.size()) return std::move(ahead[replayed++]);
    if (ahead_error) std::rethrow_exception(std::exchange(ahead_error, nullptr));
    if (!endless) return std::nullopt;
    return next();
  };

  if (jobs <= 1 || !more) {
    for (std::size_t i = 0;; ++i) {
      std::optional<Input> input = inputs();
      if (!input) return;
      Result result = produce(*input);
      consume(i, result);
    }
  }

  Window window(inputs, options.window != 0 ? options.window : 16 * std::size_t(jobs));
  auto work = [&] {
    while (auto claim = window.claim()) {
      if (claim->error) {
        window.put(claim->index, std::nullopt, claim->error);
        continue;
      }
      try {
        window.put(claim->index, produce(*claim->input), nullptr);
      } catch (...) {
        window.put(claim->index, std::nullopt, std::current_exception());
      }
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(work);

  std::exception_ptr failure;
  try {
    for (std::size_t i = 0;; ++i) {
      std::optional<Slot> slot = window.take(i);
      if (!slot) break;
      if (slot->error) std::rethrow_exception(slot->error);
      consume(i, *slot->result);
    }
  } catch (...) {
    failure = std::current_exception();
    window.stop();
  }
  for (std::thread& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace coprod
