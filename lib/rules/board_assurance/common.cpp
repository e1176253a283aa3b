#include "rules/board_assurance/common.h"

#include <iterator>
#include <unordered_set>

#include <fmt/format.h>

#include "core/suggest.h"
#include "privacy/personal_data.h"

namespace coprod::rules {

bool groups_not_applicable(const Proposal& p, Reporter& out) {
  return out.not_applicable({p.who,
                             p.who->groups,
                             p.how,
                             p.how->activities});
}

bool involvement_marked_not_applicable(const Proposal& p, Reporter& out, std::string_view who) {
  struct Marked {
    Need part;
    std::string_view words;
  };
  const Marked parts[] = {{p.who, "who was involved"},
                          {p.who->groups, "the list of groups who took part"},
                          {p.how, "how people were involved"},
                          {p.how->activities, "the list of activities"}};
  for (const Marked& m : parts) {
    if (!m.part.not_applicable) continue;
    out.report(m.part.where,
               fmt::format("{} is marked not applicable (\"{}\"), so the proposal shows no {} "
                           "taking part",
                           m.words, m.part.reason, who),
               "Describe the groups who took part and the activities they took part in: a "
               "proposal in which nobody took part cannot be assured.");
    return true;
  }
  return false;
}

bool activities_not_applicable(const Proposal& p, Reporter& out) {
  return out.not_applicable({p.how, p.how->activities});
}

void check_redesign_side(const Proposal& p, Reporter& out, const RedesignSide& side) {
  if (groups_not_applicable(p, out)) return;
  const Terms& terms = out.terms();
  bool staged = false, planned = false, after_decision = false;
  for (const Activity& a : terms.activities()) {
    if (!a.stage.given() || !side.on_side(*a.stage)) continue;
    staged = true;
    if (!terms.with_community_voice(a)) continue;
    if (terms.done(a)) return;
    planned = true;
    after_decision |= a.date.given() && p.proposal.board_date.given() &&
                      *a.date > *p.proposal.board_date;
  }
  // Only once the redesign itself is done: people designed it before the board.
  const bool redesigned = std::any_of(
      terms.done_activities().begin(), terms.done_activities().end(), [&](const Activity* a) {
        return a->stage.is(Stage::design) && terms.with_community_voice(*a);
      });
  const bool implementation_said = p.continuation.given() &&
                                   p.continuation->implementation.given();
  if (side.may_follow_decision && after_decision && redesigned && implementation_said) return;
  const std::string message =
      planned ? fmt::format("{} took part {} only in activities {}, which count once they have "
                            "happened",
                            Terms::kCommunityVoices, side.side, Terms::kNotYetHeld)
      : staged ? fmt::format("no activity {} included a group described as {}", side.side,
                             Terms::kCommunityVoices)
               : fmt::format("no activity took place {}", side.side);
  out.report(p.how->activities, message,
             fmt::format("Record an activity at stage {}, held by the board date, with "
                         "a `lived-experience`, `carers` or `community` group in its `groups`.",
                         side.stages));
}

std::string TextPath::str() const {
  std::string out;
  for (const Step& step : steps_) {
    if (step.key == nullptr) {
      fmt::format_to(std::back_inserter(out), "[{}]", step.index);
      continue;
    }
    if (!out.empty()) out += '.';
    out += step.key->is_scalar() ? redact(step.key->value) : "?";
  }
  return out;
}

std::string_view TextPath::key(std::size_t i) const {
  const Step& step = steps_[i];
  return step.key != nullptr && step.key->is_scalar() ? std::string_view(step.key->value)
                                                      : std::string_view();
}

class TextWalk {
 public:
  TextWalk(const TextVisit& visit, const SkipKey& skip) : visit_(visit), skip_(skip) {}

  void node(const yaml::Node& n) {
    // Only an anchored node can be reached twice.
    if (n.anchored && !visited_.insert(&n).second) return;
    auto& steps = path_.steps_;
    switch (n.kind) {
      case yaml::Node::Kind::scalar: visit_(n, path_); break;
      case yaml::Node::Kind::sequence:
        for (std::size_t i = 0; i < n.items.size(); ++i) {
          steps.push_back({nullptr, i});
          node(*n.items[i]);
          steps.pop_back();
        }
        break;
      case yaml::Node::Kind::mapping:
        for (std::size_t i = 0; i < n.pairs(); ++i) {
          const yaml::Node& key = n.key(i);
          if (skip_ && key.is_scalar() && skip_(path_, key.value)) continue;
          const bool own = own_ || (key.is_scalar() && key.value.starts_with("x-"));
          steps.push_back({&key, 0});
          if (own) node(key);
          const bool outer = own_;
          own_ = own;
          node(n.value_at(i));
          own_ = outer;
          steps.pop_back();
        }
        break;
      case yaml::Node::Kind::null: break;
    }
  }

 private:
  const TextVisit& visit_;
  const SkipKey& skip_;
  TextPath path_;
  bool own_ = false;  // under one of the team's own `x-` keys
  std::unordered_set<const yaml::Node*> visited_;
};

void walk_texts(const yaml::Node& root, const TextVisit& visit, const SkipKey& skip) {
  TextWalk(visit, skip).node(root);
}

bool real_life(const Measure& m) {
  return m.domain.is(Domain::experience) || m.domain.is(Domain::outcomes) ||
         m.domain.is(Domain::safety);
}

std::string names_of(const std::vector<const Group*>& groups) {
  std::vector<std::string> names;
  for (const Group* g : groups) names.push_back(fmt::format("\"{}\"", g->name.given() ? *g->name : *g->id));
  return join_words(names, "and");
}

}  // namespace coprod::rules
