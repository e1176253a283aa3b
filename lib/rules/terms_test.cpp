// The shared terms of RULES.md, at their edges.
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
  CHECK(Terms::community_voice("community"));
  CHECK(Terms::community_voice("lived-experience"));
  CHECK(Terms::community_voice("carers"));
  CHECK_FALSE(Terms::community_voice("public"));
  CHECK_FALSE(Terms::community_voice("staff"));
  CHECK_FALSE(Terms::community_voice("vcse"));
}

TEST_CASE("an activity on the board date is done; the day after is planned") {
  const Proposal p = load(kBody);
  const Terms terms(p);
  CHECK(terms.done(*terms.activity("on-the-day")));
  CHECK_FALSE(terms.done(*terms.activity("the-day-after")));
  CHECK(terms.done_activities().size() == 4);
}

TEST_CASE("a method caps the level an activity reaches") {
  const Proposal p = load(kBody);
  const Terms terms(p);
  CHECK(Terms::level_reached(*terms.activity("survey")) == vocab::rung("consultation"));
  CHECK(Terms::level_reached(*terms.activity("interviews")) == vocab::rung("engagement"));
  CHECK(Terms::level_reached(*terms.activity("on-the-day")) == vocab::rung("co-design"));
}

TEST_CASE("co-produced: done, co-design or above once capped, with a community voice") {
  const Proposal p = load(kBody);
  const Terms terms(p);
  CHECK(terms.co_produced(*terms.activity("on-the-day")));
  CHECK_FALSE(terms.co_produced(*terms.activity("the-day-after")));  // planned
  CHECK_FALSE(terms.co_produced(*terms.activity("survey")));         // a survey labelled co-design
  CHECK_FALSE(terms.co_produced(*terms.activity("interviews")));
  CHECK_FALSE(terms.co_produced(*terms.activity("workshop")));       // staff only
}

TEST_CASE("a group took part only when named in a done activity") {
  const Proposal p = load(kBody);
  const Terms terms(p);
  CHECK(terms.took_part(*terms.group("residents")));
  CHECK(terms.took_part(*terms.group("qi-team")));
  CHECK_FALSE(terms.took_part(*terms.group("carers")));  // only the day after the board
  CHECK(terms.community_voices_that_took_part().size() == 1);
}

}  // namespace
}  // namespace coprod
