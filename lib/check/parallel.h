// Checks many proposals on several threads and hands the results back one at
// a time, in input order, on the calling thread: output is the same whatever
// the number of threads, and memory stays flat however many files there are.
#pragma once

#include <cstddef>
#include <functional>

#include "check/check.h"

namespace coprod {

// The number of threads to use when none is asked for: one per core.
unsigned default_jobs();

struct InOrderOptions {
  unsigned jobs = 1;  // threads that produce results; 1 (or 0) runs everything on the caller
  // Results finished but not yet consumed, at most: a slow file holds back at
  // most this many others, and no more are kept in memory at once.
  std::size_t window = 0;  // 0: 16 per thread
};

// Calls `produce(i)` for every i in [0, count), on up to `options.jobs`
// threads, and `consume(i, result)` on the calling thread for i = 0, 1, 2 …
// in that order. An exception from `produce` is thrown again from this call
// when its turn to be consumed comes; an exception from `consume` stops the
// run and is thrown again once the threads have stopped.
void run_in_order(std::size_t count, const InOrderOptions& options,
                  const std::function<Result(std::size_t)>& produce,
                  const std::function<void(std::size_t, Result&)>& consume);

}  // namespace coprod
