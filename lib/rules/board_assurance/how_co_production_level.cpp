#include <fmt/format.h>

#include "load/vocabulary.h"
#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_how_co_production_level(const Proposal& p, Reporter& out) {
  if (groups_not_applicable(p, out)) return;
  const Terms& terms = out.terms();
  const int co_design = vocab::rung(Level::co_design);
  const Activity* best = nullptr;       // the highest done activity with a community voice
  const Activity* staff_only = nullptr;  // a done one at co-design without one
  const Activity* planned = nullptr;     // one with them at co-design, after the board
  for (const Activity& a : terms.activities()) {
    const int reached = out.terms().level_reached(a);
    if (terms.co_produced(a)) return;
    const bool voice = terms.with_community_voice(a);
    if (!terms.done(a)) {
      if (voice && reached >= co_design && planned == nullptr) planned = &a;
    } else if (voice) {
      if (best == nullptr || reached > out.terms().level_reached(*best)) best = &a;
    } else if (reached >= co_design && staff_only == nullptr) {
      staff_only = &a;
    }
  }
  std::string message;
  const Located* where = &p.how->activities;
  if (best != nullptr && out.terms().level_reached(*best) >= 0) {
    const Level level = vocab::level_at(out.terms().level_reached(*best));
    message = fmt::format("{} took part at most at {} level: {}", Terms::kCommunityVoices,
                          vocab::id(level),
                          level <= Level::consultation
                              ? "consultation on predetermined views, not co-production"
                              : "engagement, not co-production");
    where = &best->level;
    if (staff_only != nullptr)
      message += fmt::format("; only staff, organisations or members of the public took part at "
                             "co-design level ({})",
                             named(*staff_only));
  } else if (staff_only != nullptr) {
    message = fmt::format("only staff, organisations or members of the public took part at "
                          "co-design level ({}): {} did not",
                          named(*staff_only), Terms::kCommunityVoices);
    where = &staff_only->level;
  } else {
    message = fmt::format("no activity before the board reached co-design or co-production with "
                          "{}",
                          Terms::kCommunityVoices);
  }
  if (planned != nullptr)
    message += fmt::format("; {} is {} and counts once it has happened", named(*planned),
                           Terms::kNotYetHeld);
  out.report(*where, std::move(message),
             fmt::format("Co-production needs at least one activity, dated on or before the board "
                         "date, at level `co-design` or `co-production` with a "
                         "`lived-experience`, `carers` or `community` group. {}",
                         Terms::kMethodCaps));
}

}  // namespace

extern const Rule how_co_production_level{
    .id = "how-co-production-level",
    .item = &board::how,
    .severity = Severity::blocking,
    .title = "People who use services shared power: co-design or co-production, not only consultation",
    .quote = "Concept: Co-production widely used in the NHS - Reality: Consultations on predetermined views, ideas and solution",
    .source = "An 'Open Space' approach to community engagement and co-production",
    .meets = "At least one co-produced activity: dated on or before the board date, at level `co-design` or `co-production` once its method is taken into account (a `survey` or `consultation` reaches at most consultation, a `focus-group` or `interviews` at most engagement), with a `lived-experience`, `carers` or `community` group among its `groups`.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
      communities: [core20, ethnic-minorities]
      paid: true
how:
  activities:
    - id: story-sessions
      title: Storytelling sessions on living with diabetes
      method: storytelling
      stage: problem-definition
      level: co-design
      date: 2025-10-02
      groups: [peer-group]
      evidence: https://example.org/reports/story-sessions
)yaml",
    .check = check_how_co_production_level,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
