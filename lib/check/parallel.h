// Checks many proposals on several threads and hands the results back one at
// a time, in input order, on the calling thread: output is the same whatever
// the number of threads, and memory stays flat however many files there are.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>

#include "check/check.h"
#include "load/inputs.h"

namespace coprod {

// The number of threads to use when none is asked for: one per core.
unsigned default_jobs();

struct InOrderOptions {
  // Threads that produce results; 1 (or 0) runs everything on the caller.
  // Never more than the cores, nor than the inputs: more would only contend.
  unsigned jobs = 1;
  // Results finished but not yet consumed, at most: a slow file holds back at
  // most this many others, and no more are kept in memory at once.
  std::size_t window = 0;  // 0: 16 per thread
};

// The inputs to work on, one at a time (an `InputWalk`); nothing when done.
using NextInput = std::function<std::optional<Input>()>;

// Takes the inputs from `next` in turn and calls `produce(input)` for each on
// up to `options.jobs` threads, and `consume(i, result)` on the calling thread
// for i = 0, 1, 2 … in input order. `next` is called by one thread at a time,
// and at most a window ahead of the consumer, so the inputs are never all
// listed at once. An exception from `next` or `produce` is thrown again from
// this call when its turn to be consumed comes; an exception from `consume`
// stops the run and is thrown again once the threads have stopped.
void run_in_order(const NextInput& next, const InOrderOptions& options,
                  const std::function<Result(const Input&)>& produce,
                  const std::function<void(std::size_t, Result&)>& consume);

}  // namespace coprod
