// A framework: a named rule set with its own checklist items, verdict and
// sources (docs/sources/frameworks.md). board-assurance is the masterclass checklist;
// legal-duties and nhse-principles ask the two questions a board deciding a
// service change also asks. Each lives in a folder of its own under
// lib/rules/, and is one line in the registry (rules/registry.cpp).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace coprod {

// What a framework calls its verdicts. The verdict itself is decided the
// same way in every framework (docs/rules.md): any blocking finding, any warning,
// or neither.
struct VerdictWords {
  std::string_view assured;         // "Assured — ready for board"
  std::string_view conditional;     // "Proceed with conditions"
  std::string_view do_not_proceed;  // "Do not proceed"
};

// Where the appendix (render/appendix.h) shows one of a framework's items:
// in the section about a part of the proposal, named by its key in the
// format ("who"), beside what the proposal says there.
struct AppendixPlace {
  const ItemInfo* item;
  std::string_view part;  // "who", "how", "outcomes", "questions", "continuation", "evaluation", "assurance"
};

struct Framework {
  std::string_view id;        // "legal-duties": selection, JSON and SARIF use it
  std::string_view title;     // "Legal duties"
  std::string_view in_text;   // the title within a sentence: "legal duties", "NHS England principles"
  std::string_view question;  // "Is the involvement lawful?"
  std::span<const ItemInfo* const> items;  // its checklist, in order; integrity not included
  std::span<const Rule* const> rules;      // its own rules, by item; integrity not included
  VerdictWords words;
  std::string_view sources;   // where its quotes come from, in a paragraph (Markdown)
  std::string_view cite;      // how a rule's quote is cited beside its sources: {} is its `source`
  std::string_view citation;  // the same, standing alone (`coprod explain`)
  std::string_view preface;   // what a reader must know first; may be empty
  std::string_view caution;   // said after a rule is explained; may be empty
  // Where the appendix shows each of its items, in checklist order; empty:
  // in a section of its own, after the proposal's parts.
  std::span<const AppendixPlace> appendix = {};
  // How the appendix's "how this was checked" line names it ("the board
  // assurance rules, version 2"); empty: as one of "the {in_text} frameworks".
  std::string_view checked_as = {};
};

// The integrity item and its rules: evaluated once, shown and counted in
// every framework.
extern const ItemInfo kIntegrity;

// A framework's checklist as every output shows it: its items, then integrity.
std::vector<const ItemInfo*> checklist(const Framework& framework);

}  // namespace coprod
