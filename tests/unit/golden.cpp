#include "golden.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include <fmt/format.h>

namespace coprod::test {
namespace {

// A text's lines, each with its line break, so that a last line without one
// differs from the same line with one, as diff says.
std::vector<std::string_view> diff_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size() - 1) + 1;
    lines.push_back(text.substr(0, end));
    text.remove_prefix(end);
  }
  return lines;
}

enum class Edit { same, removed, added };

// The edit script from `a` to `b`: the common lines at both ends, and between
// them a longest common subsequence, or (when that part is too large to
// compare line with line) every line removed, then every line added.
std::vector<Edit> edit_script(const std::vector<std::string_view>& a,
                              const std::vector<std::string_view>& b) {
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
    ++tail;
  const std::size_t n = a.size() - head - tail, m = b.size() - head - tail;

  std::vector<Edit> ops(head, Edit::same);
  if (n * m > 4'000'000) {
    ops.insert(ops.end(), n, Edit::removed);
    ops.insert(ops.end(), m, Edit::added);
  } else {
    // lcs[i][j]: the longest common subsequence of a's middle from i and b's from j.
    std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
    const auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
      for (std::size_t j = m; j-- > 0;)
        at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1
                                              : std::max(at(i + 1, j), at(i, j + 1));
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i] == b[head + j]) {
        ops.push_back(Edit::same);
        ++i, ++j;
      } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
        ops.push_back(Edit::removed);
        ++i;
      } else {
        ops.push_back(Edit::added);
        ++j;
      }
    }
  }
  ops.insert(ops.end(), tail, Edit::same);
  return ops;
}

// "3,4" for four lines from line 3; "3" for one; "2,0" for none after line 2.
std::string hunk_range(std::size_t first, std::size_t count) {
  if (count == 1) return std::to_string(first + 1);
  return fmt::format("{},{}", count == 0 ? first : first + 1, count);
}

std::string diff_line(char mark, std::string_view line) {
  std::string out = mark + std::string(line);
  if (!line.ends_with('\n')) out += "\n\\ No newline at end of file\n";
  return out;
}

}  // namespace

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string unified_diff(std::string_view expected, std::string_view actual,
                         std::string_view expected_name, std::string_view actual_name) {
  constexpr std::size_t kContext = 3;
  const std::vector<std::string_view> a = diff_lines(expected), b = diff_lines(actual);
  const std::vector<Edit> ops = edit_script(a, b);
  std::string out;
  std::size_t k = 0;
  while (k < ops.size()) {
    const auto changed = std::find_if(ops.begin() + std::ptrdiff_t(k), ops.end(),
                                      [](Edit op) { return op != Edit::same; });
    if (changed == ops.end()) break;
    // A hunk: from kContext lines before the first change to kContext lines
    // after the last one that is closer than 2 * kContext to the next.
    std::size_t begin = std::size_t(changed - ops.begin());
    begin = begin > k + kContext ? begin - kContext : k;
    std::size_t end = std::size_t(changed - ops.begin()), same_run = 0;
    for (std::size_t e = end; e < ops.size(); ++e) {
      if (ops[e] == Edit::same) {
        if (++same_run > 2 * kContext) break;
      } else {
        same_run = 0;
        end = e + 1;
      }
    }
    end = std::min(ops.size(), end + kContext);
    std::size_t first_a = 0, first_b = 0;
    for (std::size_t e = 0; e < begin; ++e) {
      first_a += ops[e] != Edit::added;
      first_b += ops[e] != Edit::removed;
    }
    std::size_t count_a = 0, count_b = 0;
    std::string body;
    for (std::size_t e = begin, ia = first_a, ib = first_b; e < end; ++e) {
      switch (ops[e]) {
        case Edit::same: body += diff_line(' ', a[ia++]), ++ib, ++count_a, ++count_b; break;
        case Edit::removed: body += diff_line('-', a[ia++]), ++count_a; break;
        case Edit::added: body += diff_line('+', b[ib++]), ++count_b; break;
      }
    }
    out += fmt::format("@@ -{} +{} @@\n{}", hunk_range(first_a, count_a), hunk_range(first_b, count_b), body);
    k = end;
  }
  if (out.empty()) return out;
  return fmt::format("--- {}\n+++ {}\n{}", expected_name, actual_name, out);
}

GoldenOutcome compare_golden(const std::filesystem::path& expected, const std::string& actual,
                             bool update, bool ci) {
  if (update && ci)
    return {false, "COPROD_UPDATE_GOLDEN=1 rewrites expected files, and CI is set: a CI run "
                   "compares outputs, it never rewrites them. Unset COPROD_UPDATE_GOLDEN."};
  const bool exists = std::filesystem::exists(expected);
  const std::string old = exists ? slurp(expected) : std::string();
  if (exists && old == actual) return {true, {}};
  const std::string name = expected.string();
  if (update) {
    std::ofstream(expected, std::ios::binary) << actual;
    return {false, fmt::format("rewrote {}. Review the diff (git diff), commit it, and run the "
                               "tests again without COPROD_UPDATE_GOLDEN.",
                               name)};
  }
  if (!exists)
    return {false, fmt::format("no expected output {}: run with COPROD_UPDATE_GOLDEN=1 to write "
                               "it, then review it.",
                               name)};
  return {false, fmt::format("the output differs from {}:\n{}If the change is intended: "
                             "COPROD_UPDATE_GOLDEN=1 rewrites it, then review and commit it.",
                             name, unified_diff(old, actual, name, "actual"))};
}

void check_golden(const std::filesystem::path& expected, const std::string& actual) {
  const auto set = [](const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0';
  };
  const char* update = std::getenv("COPROD_UPDATE_GOLDEN");
  const GoldenOutcome outcome =
      compare_golden(expected, actual, update != nullptr && std::string_view(update) == "1", set("CI"));
  if (!outcome.passed) FAIL_CHECK(outcome.message);
}

}  // namespace coprod::test
