// The portfolio report: one board-level view of many proposals, each with
// its verdict and a red/amber/green status per checklist item, plus totals
// and the items most often unmet. Keeps only a row per proposal, so a run
// over many files does not hold every proposal in memory.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include "check/check.h"

namespace coprod {

class Portfolio {
 public:
  // Files are named relative to `base` (where the report was run) when they
  // lie under it; empty: as given.
  // `checked_on` is the run's date, which the report shows.
  explicit Portfolio(bool redact = true, std::filesystem::path base = {}, Date checked_on = Date::today())
      : redact_(redact), base_(std::move(base)), checked_on_(checked_on) {}

  void add(const Result& result);

  // For templates/report/portfolio.{md,html}.mustache.
  kainjow::mustache::data template_data() const;

  // {"coprod_portfolio": 1, "proposals": [...], "totals": {...}, "most_unmet": [...]}
  nlohmann::json json() const;

 private:
  struct Waived {
    std::string rule, title, reason, approved_by, expires;  // expires: ISO date
  };
  struct Dissenting {
    std::string group, about, response;
    bool resolved = false;
  };
  struct Row {
    std::string file, id, title, organisation, board_date;  // "" when not given
    std::vector<Waived> waivers;       // one per waived rule
    std::vector<Dissenting> dissent;   // assurance.dissent, as written
    Verdict verdict = Verdict::invalid;
    std::vector<FrameworkResult> frameworks;   // every framework's, as selected
    std::string reason;       // the verdict's reason in a line: its weightiest finding, and how many more
    std::string first_error;  // for an invalid document: "line 3, column 1: …"
    std::size_t errors = 0;

    const std::vector<ItemResult>& items() const { return first_items(frameworks); }
  };

  kainjow::mustache::data further_grids() const;
  // The rows as a committee reads them: do not proceed, then with
  // conditions, then assured, then not valid; by board date within each
  // (undated last), then by file.
  std::vector<const Row*> ordered() const;
  bool board_date_passed(const Row& row) const;

  // The framework whose grid the report shows first, the first selected:
  // from the first valid result.
  const Framework* framework_ = nullptr;
  bool redact_;
  std::filesystem::path base_;
  Date checked_on_;
  std::vector<Row> rows_;
  Summary summary_;
};

// "R", "A", "G" or "N/A" for a checklist status, and its colour's name.
std::string_view rag_letter(Status status);
std::string_view rag_colour(Status status);  // "green", "amber", "red", "grey"
// The same colours for a verdict: assured green, conditional amber, do not proceed red.
std::string_view verdict_colour(Verdict verdict);

}  // namespace coprod
