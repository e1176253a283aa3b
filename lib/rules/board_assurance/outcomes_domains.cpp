#include <algorithm>

#include <fmt/format.h>

#include "core/suggest.h"
#include "load/vocabulary.h"
#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_outcomes_domains(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.outcomes, p.outcomes->measures}))
    return;
  const std::vector<Measure>& measures = items(p.outcomes->measures);
  // With no measure, outcomes-measures says so; with none of experience or
  // outcomes, outcomes-real-life does.
  if (std::none_of(measures.begin(), measures.end(), real_life)) return;
  std::vector<std::string> uncovered;
  // The checklist's three: "Improve Access, Experience, Outcomes".
  for (Domain domain : {Domain::access, Domain::experience, Domain::outcomes}) {
    bool covered = false;
    for (const Measure& m : measures) covered |= m.domain.is(domain);
    if (!covered) uncovered.emplace_back(vocab::id(domain));
  }
  if (uncovered.empty()) return;
  out.report(p.outcomes->measures, fmt::format("no measure is of {}", join_words(uncovered, "or")),
             "Give each measure a `domain`, and cover `access`, `experience` and `outcomes`.");
}

}  // namespace

extern const Rule outcomes_domains{
    .id = "outcomes-domains",
    .item = &board::outcomes,
    .severity = Severity::advice,
    .title = "Measures cover access, experience and outcomes",
    .quote = "Improve Access, Experience, Outcomes",
    .source = "Co-production – the practical approach: Role of Board members in co-production",
    .meets = "Among `outcomes.measures` there is at least one of each `domain`: `access`, `experience` and `outcomes`.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(outcomes:
  measures:
    - name: Visits from Core20 postcodes
      domain: access
    - name: Would recommend to others
      domain: experience
    - name: Wellbeing (SWEMWBS), before and after
      domain: outcomes
)yaml",
    .check = check_outcomes_domains,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
