// A rule: one thing a board should be able to see before it decides. Each
// rule lives in its own file with its metadata beside its logic; rules never
// print and never throw for what a document says, they report findings.
#pragma once

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/location.h"
#include "load/proposal.h"
#include "rules/terms.h"

namespace coprod {

enum class Severity { advice, warning, blocking };

std::string_view name(Severity severity);  // "blocking", "warning", "advice"
std::optional<Severity> parse_severity(std::string_view text);

// A checklist item: one question a framework asks (docs/sources/frameworks.md). Items
// are values, each framework's in a table of its own (rules/framework.h).
struct ItemInfo {
  std::string_view id;     // "who": unique within its framework
  int number;              // 1.. on its framework's checklist; 0 for integrity
  std::string_view title;  // "Who?"
};

struct Rule;

// A waiver that applied to a finding, as outputs show it; or a
// reconciliation: what a quoted sentence does mean, and who said so.
struct AppliedWaiver {
  std::string reason;
  std::string approved_by;
  Date expires;
  std::string config;  // the configuration file that holds it; empty when in the proposal
  bool reconciliation = false;  // a reconciliation (`reconciliations`): no expiry

  static AppliedWaiver of(const Waiver& waiver, std::string config = {}) {
    return {*waiver.reason, *waiver.approved_by, *waiver.expires, std::move(config)};
  }
};

struct Finding {
  const Rule* rule = nullptr;
  Severity severity = Severity::advice;  // after any configured override
  Location at;
  std::string path;     // document path: how.activities[2].level
  std::string message;   // plain English for a board: no key names or ids
  std::string guidance;  // what the author can do about it; may name keys. Empty: the rule's `meets`
  bool not_applicable = false;  // the section was marked not applicable; message is the reason
  std::optional<AppliedWaiver> waiver;

  // Counts towards an item's status and the verdict.
  bool counts() const { return !not_applicable && !waiver; }

  // The guidance for the author: the finding's own, else what meets the rule.
  std::string_view advice_text() const;
};

class Reading;

// What a rule may know besides the proposal.
struct RuleContext {
  const Proposal& proposal;
  Date today;  // the day of the check: what is dated later has not happened
  const Terms& terms;  // the shared terms, worked out once for this proposal
  const Reading& reading;  // what its evidence and its own text say (rules/reading.h)
};

// A section or list a rule needs, for Reporter::not_applicable.
struct Need {
  template <class T>
  Need(const Part<T>& part)  // NOLINT: a part is what is needed
      : not_applicable(part.not_applicable()), reason(part.reason), where(part) {}

  bool not_applicable;
  std::string_view reason;
  const Located& where;
};

// Collects one rule's findings on one proposal.
class Reporter {
 public:
  Reporter(const Rule& rule, Severity severity, const RuleContext& context,
           std::vector<Finding>& out)
      : rule_(rule), severity_(severity), context_(context), out_(out) {}

  // A finding about `where` (a field, a section or list, a list entry: the
  // finding takes its position and document path). `message` says what was
  // found, in words a board reads; `guidance`, what the author can do (it
  // may name keys), when more specific than the rule's `meets`.
  void report(const Located& where, std::string message, std::string guidance = {});
  // The same for a rule that walks the document's own text (personal data,
  // hidden characters, the statements of rules/reading.h), which works out
  // the path itself. A `reconciled` finding is shown with what the sentence
  // does mean, and does not count.
  void report_text(Location at, std::string path, std::string message, std::string guidance,
                   std::optional<AppliedWaiver> reconciled = std::nullopt);

  // When any needed part is marked not applicable, reports the rule as not
  // applicable with that part's reason and returns true: the rule stops there.
  bool not_applicable(std::initializer_list<Need> needs);

  // For a rule that applies only when something holds (an "if" in its
  // framework): it does not, so the rule is not applicable; `reason` says
  // why and names the key.
  void not_applicable(const Located& where, std::string reason);
  // The common case: `field` is not given; `what` names it in words.
  // Reason: "the proposal gives no {what} ({its path})".
  void not_given(const Located& field, std::string_view what);
  // A field's document path, written out.
  std::string path(const Located& where) const { return context_.proposal.path(where); }

  const RuleContext& context() const { return context_; }
  const Terms& terms() const { return context_.terms; }
  const Reading& reading() const { return context_.reading; }

 private:
  const Rule& rule_;
  Severity severity_;
  const RuleContext& context_;
  std::vector<Finding>& out_;
};

struct Rule {
  std::string_view id;        // public contract: waivers and configuration use it
  const ItemInfo* item;       // its checklist item, in its framework's table
  Severity severity;          // the default; configuration may override it
  std::string_view title;     // what it checks, in a line
  std::string_view quote;     // the rationale, quoted from its framework's sources
  std::string_view source;    // where the quote comes from (a slide, a statute, a guidance)
  std::string_view meets;     // what evidence meets it
  std::string_view example;   // YAML that meets it
  void (*check)(const Proposal& proposal, Reporter& out);
  // The lowest level of involvement at which it is asked: a proposal judged
  // at a lower one (Terms::judged: a proportion claim, an urgent decision)
  // has it not applicable. Most rules are asked at every level.
  Level asked_from = Level::coercion;
};

}  // namespace coprod
