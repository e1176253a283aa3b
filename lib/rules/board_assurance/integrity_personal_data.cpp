#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "load/yaml_tree.h"
#include "privacy/personal_data.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// "an e-mail address", "an e-mail address and a phone number", "a, b and c".
std::string kinds_in(std::string_view text) {
  std::vector<PersonalData> kinds;
  for (const PersonalDataMatch& m : find_personal_data(text))
    if (std::find(kinds.begin(), kinds.end(), m.kind) == kinds.end()) kinds.push_back(m.kind);
  std::string out;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    if (i > 0) out += i + 1 == kinds.size() ? " and " : ", ";
    out += describe(kinds[i]);
  }
  return out;
}

// Walks every text in the document, keys included, and `x-` keys of the
// team's own too: the whole file travels with the board paper. An alias
// shares its anchored node, so each node is visited once (a document full of
// aliases costs no more than its text) and reported at its first path.
class Walk {
 public:
  explicit Walk(Reporter& out) : out_(out) {}

  void node(const yaml::Node& n, const std::string& path) {
    if (!visited_.insert(&n).second) return;
    switch (n.kind) {
      case yaml::Node::Kind::scalar: text(n, path); break;
      case yaml::Node::Kind::sequence:
        for (std::size_t i = 0; i < n.items.size(); ++i)
          node(*n.items[i], path + "[" + std::to_string(i) + "]");
        break;
      case yaml::Node::Kind::mapping:
        for (std::size_t i = 0; i < n.pairs(); ++i) {
          const yaml::Node& key = n.key(i);
          const std::string name = key.is_scalar() ? redact(key.value) : "?";
          const std::string child = path.empty() ? name : path + "." + name;
          node(key, child);
          node(n.value_at(i), child);
        }
        break;
      case yaml::Node::Kind::null: break;
    }
  }

 private:
  // The message names the kind of data and where, never the data itself:
  // reports are published too.
  void text(const yaml::Node& n, const std::string& path) {
    const std::string kinds = kinds_in(n.value);
    if (kinds.empty()) return;
    out_.report(n.at, path,
                fmt::format("`{}` holds what looks like {}; board papers are published, so a "
                            "proposal names roles and groups, not people: remove it, and keep "
                            "contact details outside the proposal",
                            path, kinds));
  }

  Reporter& out_;
  std::unordered_set<const yaml::Node*> visited_;
};

void check(const Proposal& p, Reporter& out) {
  if (p.source == nullptr) return;
  Walk(out).node(p.source->root(), "");
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
             "e-mail address, UK phone number, valid NHS number or full UK postcode in any text "
             "of the proposal, `x-` keys included.",
    .example = R"(who:
  groups:
    - id: panel
      name: Lived experience panel
      kind: lived-experience
      reached_via: The trust's patient experience team
)",
    .check = check,
};

}  // namespace coprod::rules
