// The business-case appendix: the co-production statement a board paper
// carries, as the data a Mustache template renders (templates/*.mustache).
// Built from the typed proposal and its checked result, so the verdict and
// its conditions are the real check's, and rationale quotes come from the
// rule registry rather than from templates.
#pragma once

#include <span>
#include <string_view>

#include <kainjow/mustache.hpp>

#include "check/check.h"
#include "core/date.h"

namespace coprod {

struct AppendixOptions {
  bool redact = true;     // personal data replaced by "[redacted: …]"
  bool ladder_svg = true;  // the ladder chart, for HTML templates
  Date checked_on = Date::today();  // the run's date, shown as when the check was made
  // The board's paper by default: the verdict, what is not met, "you said,
  // we did", dissent and what continues, in two or three pages. `full` adds
  // what an author works from: every table, the advice, each part's detail.
  bool full = false;
};

// A part of the proposal that the statement has a section about, where a
// framework may show its items (Framework::appendix): its key in the format
// ("who") and the section's heading in the templates ("Who was involved").
struct AppendixPart {
  std::string_view key;
  std::string_view title;
};
std::span<const AppendixPart> appendix_parts();

// The template data for a valid proposal's result (result.proposal is set).
// Every key a template may use is always present; a value the proposal does
// not give is `false`, so {{#key}} tests it and a missing value never picks
// up a key of the same name from an outer section. The body speaks to the
// board: findings carry their plain-English message and the outcome that
// would meet them, never a file position, key name or rule id.
//
// The frameworks checked decide where their items are shown: beside a part
// of the proposal (Framework::appendix), in that part's `checks` (`who.checks`,
// `how.checks`, …) and in `checklist`; otherwise in a section of their own,
// one entry of `frameworks`. `integrity` is the item every framework shares.
kainjow::mustache::data appendix_data(const Result& result, const AppendixOptions& options = {});

}  // namespace coprod
