// The shared terms of docs/rules.md, at their edges.
#include "rules/terms.h"

#include <doctest/doctest.h>

#include <string>

#include "load/loader.h"
#include "load/vocabulary.h"
#include "minimal_proposal.h"

namespace coprod {
namespace {

// A proposal whose board meets on 2026-05-01 (test::kHeader), with `body`.
Proposal load(std::string_view body) {
  Loaded loaded = load_text(std::string(test::kHeader) + std::string(body), "input.yaml", ".");
  for (const Error& e : loaded.errors) INFO(e.message);
  REQUIRE(loaded.ok());
  return std::move(*loaded.proposal);
}

// The day of the check: after the board.
constexpr Date kToday{2026, 6, 1};

constexpr std::string_view kBody = R"(who:
  groups:
    - {id: residents, name: Residents of Tower Hill, kind: community, paid: declined}
    - {id: qi-team, name: Quality improvement team, kind: staff}
    - {id: carers, name: Carers, kind: carers}
how:
  activities:
    - {id: on-the-day, title: Open Space, method: open-space, stage: design, level: co-design,
       date: 2026-05-01, groups: [residents]}
    - {id: the-day-after, title: Testing, method: co-design-group, stage: testing,
       level: co-production, date: 2026-05-02, groups: [carers]}
    - {id: survey, title: Survey, method: survey, stage: problem-definition, level: co-design,
       date: 2025-10-01, groups: [residents]}
    - {id: interviews, title: Interviews, method: interviews, stage: design, level: co-production,
       date: 2025-10-02, groups: [residents]}
    - {id: workshop, title: QI workshop, method: workshop, stage: design, level: co-design,
       date: 2025-10-03, groups: [qi-team]}
)";

TEST_CASE("a community group is a community voice, as are lived experience and carers") {
  CHECK(Terms::community_voice(GroupKind::community));
  CHECK(Terms::community_voice(GroupKind::lived_experience));
  CHECK(Terms::community_voice(GroupKind::carers));
  CHECK_FALSE(Terms::community_voice(GroupKind::public_));
  CHECK_FALSE(Terms::community_voice(GroupKind::staff));
  CHECK_FALSE(Terms::community_voice(GroupKind::vcse));
}

TEST_CASE("an activity on the board date is done; the day after is planned") {
  const Proposal p = load(kBody);
  const Terms terms(p, kToday);
  CHECK(terms.done(*terms.activity("on-the-day")));
  CHECK_FALSE(terms.done(*terms.activity("the-day-after")));
  CHECK(terms.done_activities().size() == 4);
}

TEST_CASE("an activity dated after today has not happened, whatever the board date") {
  const Proposal p = load(kBody);
  const Terms before_the_board(p, Date{2026, 4, 30});
  CHECK(before_the_board.done(*before_the_board.activity("survey")));
  CHECK_FALSE(before_the_board.done(*before_the_board.activity("on-the-day")));  // tomorrow
  CHECK(before_the_board.done_activities().size() == 3);
  CHECK(before_the_board.took_part(*before_the_board.group("qi-team")));
  const Terms on_the_day(p, Date{2026, 5, 1});
  CHECK(on_the_day.done(*on_the_day.activity("on-the-day")));
}

TEST_CASE("a group of nobody never takes part, and is no community voice") {
  const Proposal p = load(R"(who:
  groups:
    - {id: residents, name: Residents, kind: community, people: 0}
    - {id: carers, name: Carers, kind: carers, people: 4}
how:
  activities:
    - {id: open-space, title: Open Space, method: open-space, stage: design, level: co-design,
       date: 2026-04-01, groups: [residents]}
    - {id: workshop, title: Workshop, method: workshop, stage: design, level: co-design,
       date: 2026-04-02, groups: [carers]}
)");
  const Terms terms(p, kToday);
  CHECK_FALSE(terms.took_part(*terms.group("residents")));
  CHECK_FALSE(Terms::community_voice(*terms.group("residents")));
  CHECK_FALSE(terms.co_produced(*terms.activity("open-space")));
  CHECK(terms.took_part(*terms.group("carers")));
  CHECK(terms.co_produced(*terms.activity("workshop")));
}

TEST_CASE("a method caps the level an activity reaches") {
  const Proposal p = load(kBody);
  const Terms terms(p, kToday);
  CHECK(terms.level_reached(*terms.activity("survey")) == vocab::rung(Level::consultation));
  CHECK(terms.level_reached(*terms.activity("interviews")) == vocab::rung(Level::engagement));
  CHECK(terms.level_reached(*terms.activity("on-the-day")) == vocab::rung(Level::co_design));
}

TEST_CASE("co-produced: done, co-design or above once capped, with a community voice") {
  const Proposal p = load(kBody);
  const Terms terms(p, kToday);
  CHECK(terms.co_produced(*terms.activity("on-the-day")));
  CHECK_FALSE(terms.co_produced(*terms.activity("the-day-after")));  // planned
  CHECK_FALSE(terms.co_produced(*terms.activity("survey")));         // a survey labelled co-design
  CHECK_FALSE(terms.co_produced(*terms.activity("interviews")));
  CHECK_FALSE(terms.co_produced(*terms.activity("workshop")));       // staff only
}

TEST_CASE("a group took part only when named in a done activity") {
  const Proposal p = load(kBody);
  const Terms terms(p, kToday);
  CHECK(terms.took_part(*terms.group("residents")));
  CHECK(terms.took_part(*terms.group("qi-team")));
  CHECK_FALSE(terms.took_part(*terms.group("carers")));  // only the day after the board
  CHECK(terms.community_voices_that_took_part().size() == 1);
}

}  // namespace
}  // namespace coprod
