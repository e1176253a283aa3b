#include <fmt/format.h>

#include "load/vocabulary.h"
#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// What a method is, as a sentence names it.

void check_how_level_plausible(const Proposal& p, Reporter& out) {
  if (activities_not_applicable(p, out)) return;
  const Terms& terms = out.terms();
  for (const Activity& a : terms.activities()) {
    if (!a.level.given() || !a.method.given()) continue;
    if (vocab::rung(*a.level) <= out.terms().level_reached(a)) continue;
    const std::string_view cap = vocab::id(*Terms::method_cap(*a.method));
    out.report(a.level, fmt::format("{} is labelled {}, but it is {}: asking people for their views "
                           "counts as {} at most",
                           named(a), vocab::id(*a.level), vocab::phrase(*a.method), cap),
               fmt::format("Set its `level` to `{}` or lower; describe any work that shared power "
                           "with people as an activity of its own. If people who use services, "
                           "carers or community members planned and ran it, name their group in "
                           "`led_by`.",
                           cap));
  }
}

}  // namespace

extern const Rule how_level_plausible{
    .id = "how-level-plausible",
    .item = &board::how,
    .severity = Severity::warning,
    .title = "Each activity's level is one its method can reach",
    .quote = "Concept: Co-production widely used in the NHS - Reality: Consultations on predetermined views, ideas and solution",
    .source = "An 'Open Space' approach to community engagement and co-production",
    .meets = "No activity's `level` is above what its method can reach: a `survey` or `consultation` reaches at most `consultation`, a `focus-group` or `interviews` at most `engagement`. A method that asks people does not by itself share power; one that people who use services, carers or community members planned and ran (their group in `led_by`: peer research, a council of young people running its own sessions) is not capped.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  groups:
    - id: peer-group
      name: Type 2 diabetes peer support group
      kind: lived-experience
      communities: [core20, ethnic-minorities]
      paid: true
how:
  activities:
    - id: survey
      title: Survey of clinic users
      method: survey
      stage: problem-definition
      level: consultation
      date: 2025-09-01
      groups: [peer-group]
      evidence: https://example.org/reports/survey
    - id: story-sessions
      title: Storytelling sessions on living with diabetes
      method: storytelling
      stage: problem-definition
      level: co-design
      date: 2025-10-02
      groups: [peer-group]
      evidence: https://example.org/reports/story-sessions
)yaml",
    .check = check_how_level_plausible,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
