// Sentences in evidence (or in a proposal's own free text) that contradict
// what a proposal records: a group's disagreement with the process, a
// decision settled before anyone was asked, a question put out of scope,
// harm or strain in the process, and, kept apart, opposition to the outcome.
// The phrases are data (evidence/phrases.cpp); docs/evidence.md says what
// is looked for and how a team answers a finding.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "evidence/dates.h"
#include "evidence/read.h"

namespace coprod::evidence {

enum class Kind : std::uint8_t {
  process_dissent,  // a group disagrees with how it was involved
  prior_decision,   // a decision, contract, lease, site, supplier or business case settled first
  parked_question,  // a question or concern people raised, put out of scope or "parked"
  harm,             // harm or strain in the process: distress, people dropping out, late pay
  outcome_dissent,  // opposition to the outcome from a group that accepts the process
};

std::string_view kind_name(Kind kind);  // "process-dissent", as data and tests write it

// For a prior decision: whether the sentence itself says it came before
// anyone was asked ("already signed", "before the first workshop"), or only
// its dates can tell (compare TextDate::latest() with the first involvement).
enum class Timing : std::uint8_t { not_applicable, stated_before, by_date };

struct Sentence {
  std::string text;  // as written (lines of a paragraph joined by a space)
  std::uint32_t line = 0;  // where it starts, counted as Text::unit says
  std::uint32_t page = 0;
};

// The sentences of a text: a paragraph's lines are joined (a blank line, a
// heading, a list item or a table row starts a new one; each paragraph of a
// Word document stands alone), then split after . ! or ? (not after "Dr.",
// "e.g." or an initial). A sentence longer than 1 000 bytes is cut at a space.
std::vector<Sentence> sentences(const Text& text);

struct Statement {
  Kind kind = Kind::process_dissent;
  Timing timing = Timing::not_applicable;
  std::string sentence;  // masked (personal data redacted, controls made visible): safe to quote
  std::string phrase;    // the words that matched, masked the same way
  std::string_view meaning;  // what the phrase means, from the phrase list
  std::string file;
  Unit unit = Unit::line;
  std::uint32_t line = 0;
  std::uint32_t page = 0;
  std::vector<TextDate> dates;  // in the sentence as written (offsets into it, not into `sentence`)

  std::string where() const { return located(file, unit, line, page); }
};

// What a text says that a record would have to answer: at most one statement
// of each kind per sentence, in the order of the text. A phrase does not
// count where the sentence negates it ("no one said they felt ignored"),
// asks it ("did you feel rushed?", "we asked whether anyone felt rushed"),
// supposes it ("if the site had been chosen…") or says the opposite is what
// happened; see evidence/phrases.h.
std::vector<Statement> statements(const Text& text);

// The statements of one sentence (`file`, `line` and `page` copied in).
// A proposal's own free text, which may hold several sentences, goes through
// statements(text_of(value, file, line_of_value)).
std::vector<Statement> statements_in(std::string_view sentence, std::string_view file = "",
                                     Unit unit = Unit::line, std::uint32_t line = 0,
                                     std::uint32_t page = 0);

}  // namespace coprod::evidence
