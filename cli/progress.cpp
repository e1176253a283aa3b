#include "progress.h"

#include <cstdlib>

#include <fmt/format.h>
#include <unistd.h>

namespace coprod::cli {
namespace {

// Quiet for short runs, and no more than ten redraws a second.
constexpr auto kFirstAfter = std::chrono::milliseconds(250);
constexpr auto kEvery = std::chrono::milliseconds(100);

bool in_ci() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && *ci != '\0';
}

}  // namespace

Progress::Progress(bool wanted) : active_(wanted && ::isatty(STDERR_FILENO) == 1 && !in_ci()) {}

void Progress::clear() {
  if (!drawn_) return;
  fmt::print(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

void Progress::update(std::size_t done) {
  if (!active_ || total_ <= 1 || done >= total_) return;
  const auto now = Clock::now();
  if (now - start_ < kFirstAfter || now - last_ < kEvery) return;
  last_ = now;
  fmt::print(stderr, "\r checked {} of {} files", done, total_);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace coprod::cli
