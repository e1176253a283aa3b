// The proposal format (docs/format.md) as typed data. The loader binds these
// from a document it has already validated, through the format's table
// (load/schema.cpp), so rules read plain values: a field that was not given
// (or was empty text) is simply absent. Every bound field, section, list and
// list entry knows where it is: its line and column, and its document path
// (`how.activities[2].level`), so a finding names the field, never a path
// written by hand.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/location.h"
#include "load/vocabulary.h"

namespace coprod {
namespace yaml {
class Document;
}

// A document path, as an index into its proposal's Paths: 0 is the document
// itself.
using PathId = std::uint32_t;

// The document paths of one proposal: each a key or a list position under
// another, written out (`who.groups[2].paid`) only when a finding needs it.
class Paths {
 public:
  Paths() : steps_(1) {}
  PathId key(PathId parent, std::string_view key);  // `key` outlives the table (the format's)
  PathId item(PathId parent, std::size_t index);
  std::string str(PathId path) const;

 private:
  struct Step {
    PathId parent = 0;
    std::uint32_t index = 0;
    std::string_view key;  // empty: the list position `index`
  };
  std::vector<Step> steps_;
};

// Where something bound from the document is: its own position when it is
// given, otherwise the position of the mapping that should hold it; and its
// document path.
struct Located {
  Location at;
  PathId path = 0;
};

// A value the document may give.
template <class T>
struct Field : Located {
  using Value = T;
  std::optional<T> value;

  bool given() const { return value.has_value(); }
  const T& operator*() const { return *value; }
  const T* operator->() const { return &*value; }
  // Given, and this value: `group.kind.is(GroupKind::vcse)`.
  bool is(const T& v) const { return value && *value == v; }
};

using Text = Field<std::string>;

// A section or a list, which a team may instead mark `{not_applicable: reason}`.
template <class T>
struct Part : Located {
  using Held = T;
  enum class State { absent, given, not_applicable };

  State state = State::absent;
  T value{};
  std::string reason;  // why it is not applicable

  bool given() const { return state == State::given; }
  bool not_applicable() const { return state == State::not_applicable; }
  const T& operator*() const { return value; }
  const T* operator->() const { return &value; }
};

template <class T>
using ListOf = Part<std::vector<T>>;

struct Source : Located {
  Field<SourceKind> kind;
  Text detail;
};

// Something decided before co-production began (`origin.prior_commitments`).
struct Commitment : Located {
  Text what;
  Field<Date> date;
  Field<CommitmentKind> kind;
};

struct Origin {
  Text question;
  ListOf<Source> sources;
  ListOf<Text> defined_with;
  ListOf<Commitment> prior_commitments;
};

struct Group : Located {
  Text id, name;
  Field<GroupKind> kind;
  Field<long long> people;
  ListOf<Field<Community>> communities;
  Field<ReachedVia> reached_via;
  Field<Paid> paid;
  ListOf<Field<Role>> roles;
  Field<Relationship> relationship;
};

struct Who {
  ListOf<Group> groups;
  ListOf<Text> seldom_heard;
  ListOf<Field<SystemLevel>> system_levels;
};

struct Activity : Located {
  Text id, title;
  Field<Method> method;
  Field<Stage> stage;
  Field<Level> level;
  Field<Date> date;
  ListOf<Text> groups;
  Text venue, evidence;
};

struct How {
  ListOf<Activity> activities;
  Text power_sharing, payment_policy;
  ListOf<Text> accessibility;
};

struct Change : Located {
  Text heard, changed, from;
};

struct NotAdopted : Located {
  Text heard, reason;
};

struct Measure : Located {
  Text name;
  Field<Domain> domain;
  Text baseline, target;
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

struct Question : Located {
  Text question, plan;
};

struct Continuation {
  Text implementation, evaluation;
};

struct Evaluation {
  Text method;
  Field<Evaluator> by;
  Text findings;
  ListOf<Text> improvements;
};

// A group that took part and is not satisfied with the process (`assurance.dissent`).
struct Dissent : Located {
  Text group, about, response;
  Field<bool> resolved;  // absent means false
};

struct Assurance {
  Text sponsor;
  Field<Ownership> ownership;
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

// A formal public consultation (the Gunning principles).
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
  ListOf<Field<PublicationCover>> covers;
  ListOf<Field<PublicationFormat>> formats;
};

// A finding the board has agreed to accept, until it expires: in a proposal,
// or (with the files it covers) in `.coprod.yaml`.
struct Waiver : Located {
  Text rule, reason, approved_by;
  Field<Date> expires;

  // Whether it applies on `today`: one expiring today still does.
  bool in_date(Date today) const { return expires.given() && today <= *expires; }
};

struct ProposalInfo : Located {
  Text id, title, organisation;
  Field<SystemLevel> system_level;
  Text lead, board;
  Field<Date> board_date;
  Text decision;
  Text contact;  // an organisational contact
  Field<Body> body;  // the deciding body, which says which duty to involve applies
};

struct Proposal : Located {
  std::string file;       // as the user named it; shown in every message
  std::string directory;  // evidence paths are relative to it

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

  // Every field's document path.
  Paths paths;
  // The parsed document, for checks over all of its text (personal data).
  std::shared_ptr<const yaml::Document> source;

  // A field's document path, written out: "how.activities[2].level".
  std::string path(const Located& located) const { return paths.str(located.path); }

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
