#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "core/suggest.h"
#include "load/yaml_tree.h"
#include "privacy/personal_data.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// "an e-mail address", "an e-mail address and a phone number", "a, b and c".
std::string kinds_in(std::string_view text) {
  std::vector<PersonalData> kinds;
  std::vector<std::string> words;
  for (const PersonalDataMatch& m : find_personal_data(text)) {
    if (std::find(kinds.begin(), kinds.end(), m.kind) != kinds.end()) continue;
    kinds.push_back(m.kind);
    words.emplace_back(describe(m.kind));
  }
  return join_words(words, "and");
}

// Walks every text in the document, keys included, and `x-` keys of the
// team's own too: the whole file travels with the board paper. An alias
// shares its anchored node, so each node is visited once (a document full of
// aliases costs no more than its text) and reported at its first path. The
// path is kept in one buffer, grown and cut back as the walk goes in and out:
// this rule reads every text of every proposal.
constexpr std::string_view kContactParent = "proposal";
constexpr std::string_view kContactKey = "contact";

class Walk {
 public:
  explicit Walk(Reporter& out) : out_(out) {}

  void node(const yaml::Node& n) {
    // Only an anchored node can be reached twice.
    if (n.anchored && !visited_.insert(&n).second) return;
    const std::size_t length = path_.size();
    switch (n.kind) {
      case yaml::Node::Kind::scalar: text(n); break;
      case yaml::Node::Kind::sequence:
        for (std::size_t i = 0; i < n.items.size(); ++i) {
          fmt::format_to(std::back_inserter(path_), "[{}]", i);
          node(*n.items[i]);
          path_.resize(length);
        }
        break;
      case yaml::Node::Kind::mapping:
        for (std::size_t i = 0; i < n.pairs(); ++i) {
          const yaml::Node& key = n.key(i);
          // An organisational contact is there to be published.
          if (length == kContactParent.size() && path_ == kContactParent && key.is_scalar() &&
              key.value == kContactKey)
            continue;
          if (length > 0) path_ += '.';
          path_ += key.is_scalar() ? redact(key.value) : "?";
          node(key);
          node(n.value_at(i));
          path_.resize(length);
        }
        break;
      case yaml::Node::Kind::null: break;
    }
  }

 private:
  // The message names the kind of data and where, never the data itself:
  // reports are published too.
  void text(const yaml::Node& n) {
    const std::string kinds = kinds_in(n.value);
    if (kinds.empty()) return;
    out_.report(n.at, path_,
                fmt::format("some text holds what looks like {}: board papers are published, so "
                            "a proposal names roles and groups, not people",
                            kinds),
                fmt::format("Remove it from `{}`. An organisational contact (a team mailbox, a "
                            "switchboard number) belongs in `proposal.contact`.",
                            path_));
  }

  Reporter& out_;
  std::string path_;
  std::unordered_set<const yaml::Node*> visited_;
};

void check(const Proposal& p, Reporter& out) {
  if (p.source == nullptr) return;
  Walk(out).node(p.source->root());
}

}  // namespace

extern const Rule integrity_personal_data{
    .id = "integrity-personal-data",
    .item = Item::integrity,
    .severity = Severity::warning,
    .title = "No text looks like personal data",
    // The slides do not speak of personal data as such; publishing people's
    // details is a breach of the trust they do speak of.
    .quote = "Trust and relationships with the community – linked to culture of the organisation "
             "and leadership behaviours, from Board down and bottom up.",
    .source = "Board steps: Who to involve?",
    .meets = "Board papers are published, so a proposal names roles and groups, not people: no "
             "e-mail address, UK phone number, valid NHS number, full UK postcode or titled "
             "name in any text of the proposal, `x-` keys included. `proposal.contact`, an "
             "organisational contact, is exempt.",
    .example = R"yaml(coprod: 1
proposal:
  title: Community diabetes clinics
  organisation: An NHS trust
  lead: Director of Nursing
  board_date: 2026-03-12
  decision: Approve the community diabetes clinics.
  contact: patient.experience@example.nhs.uk, 0151 555 0100
who:
  groups:
    - id: panel
      name: Lived experience panel
      kind: lived-experience
      reached_via: formal
)yaml",
    .check = check,
};

}  // namespace coprod::rules
