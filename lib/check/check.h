// Runs the rules on a loaded proposal and decides its verdict (docs/rules.md).
// The result is plain data; renderers turn it into text, JSON and the rest.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/exit_status.h"
#include "load/loader.h"
#include "rules/framework.h"
#include "rules/rule.h"

namespace coprod {

enum class Status { met, partly_met, not_met, not_applicable };
enum class Verdict { assured, conditional, do_not_proceed, invalid };

std::string_view id(Status status);    // "partly-met"
std::string_view label(Status status);  // "Partly met"
std::string_view id(Verdict verdict);   // "do-not-proceed"
// What a framework calls a verdict ("The record is incomplete"); `invalid` is
// "Not a valid proposal" in every framework.
std::string_view label(Verdict verdict, const Framework& framework);

// A waiver from the configuration (.coprod.yaml): it applies to the proposals
// whose path, relative to `folder`, matches one of `files` (see core/glob.h).
struct FileWaiver {
  Waiver waiver;                   // as a proposal's; in date against CheckOptions::today
  std::vector<std::string> files;  // globs
  std::string folder;              // absolute: the configuration file's folder
  std::string config;              // the configuration file, as messages show it
};

struct CheckOptions {
  Date today = Date::today();
  bool apply_waivers = true;  // false: neither the proposal's waivers nor FileWaivers
  std::map<std::string, Severity, std::less<>> severity;  // per-rule overrides
  std::vector<FileWaiver> file_waivers;
  // Personal data masked in what the result quotes (file names and messages);
  // off only for `--no-redact`. Controls and hidden characters are always
  // shown visibly (privacy/personal_data.h shown()).
  bool redact = true;
  // The frameworks to check against, in display order (docs/sources/frameworks.md); empty:
  // the default, board-assurance.
  std::vector<const Framework*> frameworks;
  // Whether the evidence files a proposal cites are read (rules/reading.h);
  // its own text always is.
  bool read_evidence = true;
};

struct ItemResult {
  const ItemInfo* item;
  Status status;
  std::size_t waived = 0;  // findings of the item's rules under a waiver
};

// An item's status as a board paper writes it: "Met (1 waived)", never plain
// "Met" when a finding of it was waived (docs/rules.md).
std::string status_label(const ItemResult& item);

// One framework's part of a result: its verdict and its items, integrity last.
struct FrameworkResult {
  const Framework* framework = nullptr;
  Verdict verdict = Verdict::invalid;
  std::vector<ItemResult> items;
  // Its findings that count, by severity, and those waived: its own rules'
  // and the integrity rules'.
  std::size_t blocking = 0, warning = 0, advice = 0, waived = 0;

  // The item a finding of `rule` counts under here: its own item for one of
  // the framework's rules, integrity for a rule every selection carries (the
  // integrity rules, and another framework's absolutes); nullptr for another
  // framework's rule.
  const ItemInfo* item_of(const Rule& rule) const;
  // Whether a finding of `rule` belongs to this framework.
  bool covers(const Rule& rule) const { return item_of(rule) != nullptr; }
};

// A proposal's verdict over these frameworks in words: those of the first
// framework whose own verdict it is, the one that decides it ("Not a valid
// proposal" when there is none).
std::string_view label(Verdict verdict, std::span<const FrameworkResult> frameworks);

// The items of the first of these frameworks, or none.
const std::vector<ItemResult>& first_items(const std::vector<FrameworkResult>& frameworks);

struct Result {
  std::string file;
  std::vector<Error> errors;          // not a valid proposal when not empty
  std::optional<Proposal> proposal;   // the proposal when valid
  std::vector<Finding> findings;      // framework by framework, in registry order; integrity last
  std::vector<FrameworkResult> frameworks;  // as selected, in display order; empty when invalid
  Verdict verdict = Verdict::invalid;  // the worst of the frameworks' verdicts
  // The level of involvement it was judged at, when a proportion claim
  // stands (Terms::judged); an urgent decision is never assured.
  std::optional<Level> judged_at;
  // The evidence files it cites, as read for what they say (rules/reading.h):
  // how many, and how many of those not read were web links (not fetched)
  // or could not be found; `checked` is false where files are not read at
  // all (the browser page without the proposal's folder).
  struct Evidence {
    bool checked = true;
    std::size_t cited = 0, read = 0, web = 0, missing = 0;
  } evidence;

  // The first framework's items, in order; none when invalid.
  const std::vector<ItemResult>& items() const { return first_items(frameworks); }

  // Findings that count, by severity; and those waived or not applicable.
  std::size_t blocking = 0, warning = 0, advice = 0, waived = 0, not_applicable = 0;
};

// The result's file name and messages are ready to show (see
// CheckOptions::redact); the proposal in it is as loaded.
Result check(Loaded loaded, const CheckOptions& options);

// A problem with the run's configuration rather than with one proposal (a
// configuration waiver that has expired or names no rule): reported once per
// run, located in the configuration file.
struct Notice {
  std::string file;
  Location at;
  std::string rule;  // "integrity-waivers"
  Severity severity = Severity::warning;
  std::string message;
};

// Totals over a run, for the summary line and report totals.
struct Summary {
  std::size_t proposals = 0, assured = 0, conditional = 0, do_not_proceed = 0, invalid = 0;
  std::size_t blocking = 0, warning = 0, advice = 0, waived = 0;
  std::vector<Notice> notices;  // set once per run, before rendering ends
  std::string configuration;    // the configuration file used; empty: none

  void add(const Result& result);
};

// Whether a finding or a configuration notice fails the run at `fail_on`
// (never when fail_on is empty); waived and not-applicable findings never do.
bool fails(const Finding& finding, std::optional<Severity> fail_on);
bool fails(const Notice& notice, std::optional<Severity> fail_on);

// The exit status for one result (core/exit_status.h): kExitError when it is
// not valid, kExitFindings for a finding that counts at or above `fail_on`
// (none when fail_on is empty: "never"), else kExitOk.
int exit_status(const Result& result, std::optional<Severity> fail_on);
// The same for the run's notices: kExitFindings when one is at or above `fail_on`.
int exit_status(std::span<const Notice> notices, std::optional<Severity> fail_on);

}  // namespace coprod
