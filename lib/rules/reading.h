// What a proposal's evidence and its own free text say against its record
// (docs/evidence.md): every evidence file it cites, read once (or why not),
// and the statements found in them and in the proposal's text: a group's
// disagreement with the process, a decision settled before anyone was asked,
// a question put out of scope, harm in the process, opposition to the
// outcome. Built once per proposal, before the rules run; rules ask it.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "evidence/read.h"
#include "evidence/statements.h"
#include "load/proposal.h"
#include "rules/rule.h"

namespace coprod {

class Terms;

// An evidence file the proposal cites, as read.
struct EvidenceFile {
  std::string link;  // as the proposal writes it
  evidence::Status status = evidence::Status::read;
  std::string problem;  // why it was not read, in plain English; empty when read
  bool read() const { return status == evidence::Status::read; }
};

// A statement, and what in the proposal it is about.
struct Found {
  evidence::Statement statement;
  // Where a finding about it points: the `evidence` of the activity (or other
  // entry) whose file holds it, or the proposal's own text; and that text's
  // document path.
  Location at;
  std::string path;
  const Activity* activity = nullptr;  // whose evidence it is in, if an activity's
  bool in_evaluation = false;          // said in the proposal's own `evaluation`
  // The groups it is about: those it names, or else the community voices of
  // the activity whose evidence holds it.
  std::vector<const Group*> groups;
  // Said of some members ("some said", "two parents felt"), not of a group
  // as a whole.
  bool individuals = false;
};

struct ReadingOptions {
  bool read_files = true;  // false: the proposal's own text only (no folder to read from)
  evidence::Limits limits;
  std::size_t max_total_bytes = 64 * 1024 * 1024;  // every file of one proposal together
};

class Reading {
 public:
  Reading(const Proposal& p, const Terms& terms, const ReadingOptions& options = {});

  // Every evidence file cited, in document order, each once.
  std::span<const EvidenceFile> files() const { return files_; }
  std::size_t files_read() const;

  // The statements of one kind, in document order: the proposal's own text
  // first, then each evidence file.
  std::vector<const Found*> of(evidence::Kind kind) const;

  // The reconciliation whose `says` is in the statement's sentence, if any.
  const Reconciliation* reconciliation(const Found& found) const;

  // The reconciliation of the statement that someone agreed (`approved_by`),
  // as outputs show a reconciled finding; none when there is none.
  std::optional<AppliedWaiver> agreed(const Found& found) const;

  // Where a message says the statement is: `the evidence of the activity
  // "X"`, or `the proposal's own text`.
  static std::string found_in(const Found& found);

  // Whether `text` (what the proposal records: its evaluation, its questions)
  // speaks of what the statement does: the word the phrase turns on
  // ("distressed", "parked"), or two of the sentence's other words of five
  // letters or more, each compared by its first five letters ("location",
  // "locations").
  static bool echoed(const Found& found, std::string_view text);

  // What a sentence says is "a group's" (a reconciliation of it needs the
  // group's own word) and what it names; for messages: `the group "X"`,
  // `the groups "X" and "Y"`, or "a group".
  static std::string who(const Found& found);

 private:
  void read_text(const Proposal& p, const Terms& terms);
  void read_file(const Proposal& p, const Terms& terms, const Located& cited,
                 const std::string& link, const Activity* activity, std::size_t& budget,
                 const ReadingOptions& options);
  void add(evidence::Statement statement, Location at, std::string path,
           const Activity* activity, bool in_evaluation, const Terms& terms);

  const Proposal& p_;
  std::vector<EvidenceFile> files_;
  std::vector<Found> found_;
};

}  // namespace coprod
