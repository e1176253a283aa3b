// A one-line "checked 1234 of 10000 files" counter on standard error, for
// long runs at a terminal. Never shown in pipes or CI logs, never for a run
// that finishes in a moment, and cleared before it ends.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>

namespace coprod::cli {

class Progress {
 public:
  // Shown only when `wanted`, standard error is a terminal and CI is not set.
  explicit Progress(bool wanted);
  ~Progress() { clear(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Whether the counter may be drawn at all in this run.
  bool active() const { return active_; }
  // How many files the run has; the counter is shown only once this is known
  // and more than one.
  void set_total(std::size_t total) { total_ = total; }
  // Rubs out the counter so that output can be written on a clean line.
  void clear();
  // `done` files are finished; redraws the counter now and then.
  void update(std::size_t done);

 private:
  using Clock = std::chrono::steady_clock;
  std::size_t total_ = 0;
  bool active_;
  bool drawn_ = false;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_{};
};

}  // namespace coprod::cli
