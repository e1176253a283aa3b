// The proposal format v1 (FORMAT.md) as typed data. The loader fills these
// from a document it has already validated, so rules read plain values: a
// field that was not given (or was empty text) is simply absent.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/location.h"

namespace coprod {
namespace yaml {
class Document;
}

// A value the document may give, and where: the value's own position when it
// is given, otherwise the position of the mapping that should hold it.
template <class T>
struct Field {
  std::optional<T> value;
  Location at;

  bool given() const { return value.has_value(); }
  const T& operator*() const { return *value; }
  const T* operator->() const { return &*value; }
};

using Text = Field<std::string>;

// A section or a list, which a team may instead mark `{not_applicable: reason}`.
template <class T>
struct Part {
  enum class State { absent, given, not_applicable };

  State state = State::absent;
  T value{};
  std::string reason;  // why it is not applicable
  Location at;         // as for Field

  bool given() const { return state == State::given; }
  bool not_applicable() const { return state == State::not_applicable; }
  const T& operator*() const { return value; }
  const T* operator->() const { return &value; }
};

template <class T>
using ListOf = Part<std::vector<T>>;

struct Source {
  Location at;
  Text kind, detail;
};

// Something decided before co-production began (`origin.prior_commitments`).
struct Commitment {
  Location at;
  Text what;
  Field<Date> date;
  Text kind;  // "solution" or "constraint"
};

struct Origin {
  Text question;
  ListOf<Source> sources;
  ListOf<Text> defined_with;
  ListOf<Commitment> prior_commitments;
};

struct Group {
  Location at;
  Text id, name, kind;
  Field<long long> people;
  ListOf<Text> communities;
  Text reached_via;
  Text paid;  // "true", "false", "declined" or "expenses-only"
  ListOf<Text> roles;  // "governance", "partner", "participant"
  Text relationship;   // "one-off" or "ongoing"
};

struct Who {
  ListOf<Group> groups;
  ListOf<Text> seldom_heard;
  ListOf<Text> system_levels;
};

struct Activity {
  Location at;
  Text id, title, method, stage, level;
  Field<Date> date;
  ListOf<Text> groups;
  Text venue, evidence;
};

struct How {
  ListOf<Activity> activities;
  Text power_sharing, payment_policy;
  ListOf<Text> accessibility;
};

struct Change {
  Location at;
  Text heard, changed, from;
};

struct NotAdopted {
  Location at;
  Text heard, reason;
};

struct Measure {
  Location at;
  Text name, domain, baseline, target;
};

struct Feedback {
  Field<Date> date;
  Text how;
};

struct Outcomes {
  ListOf<Change> changes;
  ListOf<NotAdopted> not_adopted;
  ListOf<Measure> measures;
  Text inequalities;
  Part<Feedback> feedback_to_participants;
};

struct Question {
  Location at;
  Text question, plan;
};

struct Continuation {
  Text implementation, evaluation;
};

struct Evaluation {
  Text method, by, findings;
  ListOf<Text> improvements;
};

// A group that took part and is not satisfied with the process (`assurance.dissent`).
struct Dissent {
  Location at;
  Text group, about, response;
  Field<bool> resolved;  // absent means false
};

struct Assurance {
  Text sponsor, ownership;
  Field<bool> satisfied;
  ListOf<Text> signed_off_by;
  ListOf<Dissent> dissent;
};

// A dated record with a link to it: the consideration of consultation
// responses, an equality impact assessment.
struct DatedLink {
  Field<Date> date;
  Text link;
};

// A formal public consultation (FRAMEWORKS.md, the Gunning principles).
struct Consultation {
  Field<Date> opened, closed, information_published;
  Text information_link;
  Field<long long> responses;
  Part<DatedLink> responses_considered;
};

struct Equality {
  Part<DatedLink> assessment;
};

// Overview and scrutiny, and notice of a reconfiguration to the Secretary of State.
struct Scrutiny {
  Field<bool> substantial_variation;
  Field<Date> consulted, secretary_of_state_notified;
};

// Public information about the plans and their progress.
struct Publication {
  Text link;
  Field<Date> date;
  ListOf<Text> covers;   // "plans", "progress", "you-said-we-did"
  ListOf<Text> formats;  // "easy-read", "plain-language", "large-print", "audio", "bsl", "translation"
};

struct Waiver {
  Location at;
  Text rule, reason, approved_by;
  Field<Date> expires;
};

struct ProposalInfo {
  Location at;
  Text id, title, organisation, system_level, lead, board;
  Field<Date> board_date;
  Text decision;
  Text contact;  // an organisational contact; exempt from the personal-data rule
  Text body;     // the deciding body: "icb", "trust", "nhs-england", "local-authority", "other"
};

struct Proposal {
  std::string file;       // as the user named it; shown in every message
  std::string directory;  // evidence paths are relative to it
  Location at;            // the top-level mapping

  ProposalInfo proposal;
  Part<Origin> origin;
  Part<Who> who;
  Part<How> how;
  Part<Outcomes> outcomes;
  ListOf<Question> questions;
  Part<Continuation> continuation;
  Part<Evaluation> evaluation;
  Part<Assurance> assurance;
  Part<Consultation> consultation;
  Part<Equality> equality;
  Part<Scrutiny> scrutiny;
  Part<Publication> publication;
  ListOf<Waiver> waivers;

  // The parsed document, for checks over all of its text (personal data).
  std::shared_ptr<const yaml::Document> source;

  // Lookups used by several rules.
  const Group* group(std::string_view id) const;
  const Activity* activity(std::string_view id) const;
};

// The items of a list, or none when it is absent or not applicable.
template <class T>
const std::vector<T>& items(const ListOf<T>& list) {
  static const std::vector<T> none;
  return list.given() ? list.value : none;
}

}  // namespace coprod
