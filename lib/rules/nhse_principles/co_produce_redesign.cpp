#include <fmt/format.h>

#include "load/vocabulary.h"
#include "rules/board_assurance/common.h"
#include "rules/example_header.h"
#include "rules/nhse_principles/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

bool redesign(const Activity& a) { return a.stage.is(Stage::design) || a.stage.is(Stage::delivery); }

void check_co_produce_redesign(const Proposal& p, Reporter& out) {
  if (involvement_marked_not_applicable(p, out, Terms::kCommunityVoices)) return;
  const Terms& terms = out.terms();
  const int co_production = vocab::rung(Level::co_production);
  const Activity* best = nullptr;     // the highest done one with a community voice
  const Activity* planned = nullptr;  // one with them at co-production, after the board
  bool staged = false;                // a done one, without a community voice
  for (const Activity& a : terms.activities()) {
    if (!redesign(a)) continue;
    const bool voice = terms.with_community_voice(a);
    const int reached = out.terms().level_reached(a);
    if (!terms.done(a)) {
      if (voice && reached == co_production && planned == nullptr) planned = &a;
    } else if (!voice) {
      staged = true;
    } else if (reached == co_production) {
      return;
    } else if (best == nullptr || reached > out.terms().level_reached(*best)) {
      best = &a;
    }
  }
  std::string message;
  const Located* where = &p.how->activities;
  if (best != nullptr && out.terms().level_reached(*best) >= 0) {
    const int reached = out.terms().level_reached(*best);
    message = fmt::format("{} took part in designing or delivering the service at most at {} "
                          "level, not co-production",
                          Terms::kCommunityVoices, vocab::id(vocab::level_at(reached)));
    if (vocab::rung(*best->level) > reached)
      message += fmt::format(" ({} is labelled {}, but as {} it counts at most as {})",
                             named(*best), vocab::id(*best->level), vocab::phrase(*best->method),
                             vocab::id(*Terms::method_cap(*best->method)));
    where = &best->level;
  } else if (staged) {
    message = fmt::format("no activity designing or delivering the service before the board "
                          "included {}",
                          Terms::kCommunityVoices);
  } else {
    message = "the proposal records no activity designing or delivering the service before the "
              "board";
  }
  if (planned != nullptr)
    message += fmt::format("; {} is {} and counts once it has happened", named(*planned),
                           Terms::kNotYetHeld);
  out.report(*where, std::move(message),
             fmt::format("Record a `design` or `delivery` activity, dated on or before the board "
                         "date, at level `co-production` with a `lived-experience`, `carers` or "
                         "`community` group in its `groups`. {}",
                         Terms::kMethodCaps));
}

}  // namespace

extern const Rule nhse_co_produce_redesign{
    .id = "nhse-co-produce-redesign",
    .item = &nhse::co_production,
    .severity = Severity::warning,
    .title = "The service was redesigned or delivered in co-production with people who use it",
    .quote = "Co-produce and redesign services … in partnership with people and communities.",
    .source = "NHS Cheshire and Merseyside, Involving People and Communities, adopting NHS England's principle 9",
    .meets = "A `lived-experience`, `carers` or `community` group took part in a `design` or `delivery` activity, dated on or before the board date, whose level reached is `co-production` (a `survey` or `consultation` reaches at most consultation, a `focus-group` or `interviews` at most engagement).",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
how:
  activities:
    - id: design-group
      title: Peer group and clinicians design the clinic model together
      method: co-design-group
      stage: design
      level: co-production
      date: 2025-12-04
      groups: [peer-group]
)yaml",
    .check = check_co_produce_redesign,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
