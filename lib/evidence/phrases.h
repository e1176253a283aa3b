// The phrase lists, as data (phrases.cpp), in the manner of a prose linter's
// vocabularies: each entry a pattern (evidence/pattern.h) and what it means.
// They are not exhaustive: they catch the common ways notes and reports say
// these things, and docs/evidence.md tells teams how to answer a finding.
//
// A phrase counts only where the sentence asserts it. Like NegEx, a cue
// before the phrase, in the same clause and at most kNegationReach words
// back (a comma, a bracket or a word such as "but" ends its scope), negates
// it: "no one said they felt ignored". So does a cue among the words a ~N
// of the pattern passed over ("members did not step back"), and a cue just
// after it ("… was not the case"). A supposition before it in its clause
// ("if", "whether", "could", "will") or a question it sits in ("Did you feel
// rushed?", a survey's quoted item) is not an assertion either. `unless`
// patterns cancel a phrase wherever the sentence asserts them.
#pragma once

#include <span>
#include <string_view>

#include "evidence/pattern.h"
#include "evidence/statements.h"

namespace coprod::evidence {

struct Phrase {
  Kind kind;
  std::string_view pattern;
  std::string_view meaning;
  // Patterns separated by " ; ": any of them asserted in the sentence cancels
  // this phrase ("the process was fair" beside an objection to the outcome).
  std::string_view unless = {};
  // For a prior decision: by_date when only a date in the sentence (or a
  // before-cue, which makes it stated_before) turns it into a statement.
  Timing timing = Timing::not_applicable;
  // Patterns separated by " ; ", one of which the sentence must hold: the
  // setting that makes a word such as "upset" about the process, not about
  // a service ("families were upset by the wait").
  std::string_view only_if = {};
};

struct Vocabulary {
  std::span<const ListDefinition> lists;
  std::span<const Phrase> phrases;
  std::span<const std::string_view> negations;          // before a phrase: "no", "never", "no one"
  std::span<const std::string_view> pseudo_negations;   // look like one, are not: "not only", "no doubt"
  std::span<const std::string_view> negations_after;    // after it: "was not the case", "none did"
  std::span<const std::string_view> suppositions;       // before it: "if", "whether", "could", "will"
  std::span<const std::string_view> question_words;     // before a quotation: "asked", "survey"
  std::span<const std::string_view> auxiliaries;        // a question that starts so asks, not says
  std::span<const std::string_view> scope_ends;         // end a negation's reach: "but", "and"
  std::span<const std::string_view> before_cues;        // the thing came first: "already", "before anyone was asked"
};

inline constexpr int kNegationReach = 8;      // words back from a phrase
inline constexpr int kSuppositionReach = 14;
inline constexpr int kNegationAfterReach = 6;
inline constexpr int kQuestionWordReach = 6;  // words back from a quotation

const Vocabulary& vocabulary();

}  // namespace coprod::evidence
