// Runs the rules on a loaded proposal and decides its verdict (RULES.md).
// The result is plain data; renderers turn it into text, JSON and the rest.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "load/loader.h"
#include "rules/rule.h"

namespace coprod {

enum class Status { met, partly_met, not_met, not_applicable };
enum class Verdict { assured, conditional, do_not_proceed, invalid };

std::string_view id(Status status);    // "partly-met"
std::string_view label(Status status);  // "Partly met"
std::string_view id(Verdict verdict);   // "do-not-proceed"
std::string_view label(Verdict verdict);  // "Do not proceed"

struct CheckOptions {
  Date today = Date::today();
  bool apply_waivers = true;
  std::map<std::string, Severity, std::less<>> severity;  // per-rule overrides
};

struct ItemResult {
  Item item;
  Status status;
};

struct Result {
  std::string file;
  std::vector<Error> errors;          // not a valid proposal when not empty
  std::optional<Proposal> proposal;   // the proposal when valid
  std::vector<Finding> findings;      // in checklist (registry) order
  std::vector<ItemResult> items;      // every checklist item, in order
  Verdict verdict = Verdict::invalid;

  // Findings that count, by severity; and those waived or not applicable.
  std::size_t blocking = 0, warning = 0, advice = 0, waived = 0, not_applicable = 0;
};

Result check(Loaded loaded, const CheckOptions& options);

// Totals over a run, for the summary line and report totals.
struct Summary {
  std::size_t proposals = 0, assured = 0, conditional = 0, do_not_proceed = 0, invalid = 0;
  std::size_t blocking = 0, warning = 0, advice = 0, waived = 0;

  void add(const Result& result);
};

// The exit status for one result (CLI.md): 2 invalid, 1 a finding that counts
// at or above `fail_on` (none when fail_on is empty: "never"), else 0.
int exit_status(const Result& result, std::optional<Severity> fail_on);

}  // namespace coprod
