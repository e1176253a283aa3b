// What several board-assurance rules ask of a proposal, beyond the shared
// terms (rules/terms.h).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "load/proposal.h"
#include "load/vocabulary.h"
#include "load/yaml_tree.h"
#include "rules/rule.h"
#include "rules/terms.h"

namespace coprod::rules {

using vocab::is_after_redesign;
using vocab::is_before_redesign;

// What every rule about the groups that took part needs: `who`, `who.groups`,
// `how` and `how.activities`. True (each reported as not applicable) when one
// of them is marked not applicable, so the rule has nothing to judge.
bool groups_not_applicable(const Proposal& p, Reporter& out);
// For the rules that ask whether people took part: "nobody took part" and
// "nothing has happened" are facts, which marking `who`, `who.groups`, `how`
// or `how.activities` not applicable does not answer. When one is so marked,
// reports that nobody in `who` (a phrase: "people who use services …") is
// shown taking part, at the part marked, and returns true.
bool involvement_marked_not_applicable(const Proposal& p, Reporter& out, std::string_view who);
// What every rule about the activities needs: `how` and `how.activities`.
bool activities_not_applicable(const Proposal& p, Reporter& out);

// Activities on one side of the redesign (docs/rules.md item 1): reports, unless a
// done activity at a stage `on_side` accepts included a community voice.
// `side` says the side in words ("before the redesign (defining …)"),
// `stages` names its stages as keys ("`testing`, `delivery` or `evaluation`").
struct RedesignSide {
  bool (*on_side)(Stage stage);
  std::string_view side;
  std::string_view stages;
  // Whether it may follow the board's decision: a change tested and delivered
  // once approved, with the activity planned and how people stay involved
  // while it is implemented said (`continuation.implementation`).
  bool may_follow_decision = false;
};
void check_redesign_side(const Proposal& p, Reporter& out, const RedesignSide& side);

// Where walk_texts is in the document: the keys and list positions from the
// root. Written out ("who.groups[2].name", keys redacted as in
// privacy/personal_data.h) only when a finding needs it.
class TextPath {
 public:
  std::string str() const;
  std::size_t size() const { return steps_.size(); }
  // The key of step i; empty for a list position.
  std::string_view key(std::size_t i) const;

 private:
  friend class TextWalk;
  struct Step {
    const yaml::Node* key;  // null for a list position
    std::size_t index;
  };
  std::vector<Step> steps_;
};

// Calls `visit(text, path)` for every text in the document: values, the
// team's own `x-` keys and every key under them, since the whole file travels
// with the board paper. The format's own keys are left out: rules read only a
// valid proposal, in which every other key is a word of the format.
// An alias shares its anchored node, so each node is visited once (a document
// full of aliases costs no more than its text), at its first path. A key for
// which `skip(parent, key)` is true is left out with its value. For the rules
// that read every text of every proposal: the path is a stack of steps, and
// text is made of it only for what is reported.
using TextVisit = std::function<void(const yaml::Node& text, const TextPath& path)>;
using SkipKey = std::function<bool(const TextPath& parent, std::string_view key)>;
void walk_texts(const yaml::Node& root, const TextVisit& visit, const SkipKey& skip = {});

// A measure of people's experience or of outcomes in their lives, not only of
// access (outcomes-real-life; outcomes-domains leaves this gap to it).
bool real_life(const Measure& measure);

// Names in a list for a message: `"A", "B" and "C"`.
std::string names_of(const std::vector<const Group*>& groups);

}  // namespace coprod::rules
