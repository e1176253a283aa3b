#include <fmt/format.h>

#include "core/suggest.h"
#include "load/vocabulary.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check(const Proposal& p, Reporter& out) {
  if (out.not_applicable({{p.outcomes, "outcomes"}, {p.outcomes->measures, "outcomes.measures"}}))
    return;
  std::vector<std::string_view> uncovered;
  for (std::string_view domain : vocab::kDomains) {
    bool covered = false;
    for (const Measure& measure : items(p.outcomes->measures))
      covered |= measure.domain.given() && *measure.domain == domain;
    if (!covered) uncovered.push_back(domain);
  }
  if (uncovered.empty()) return;
  out.report(p.outcomes->measures.at, "outcomes.measures",
             fmt::format("no measure covers {}: measure the change in access, experience and "
                         "outcomes (give each measure a `domain`)",
                         one_of(uncovered)));
}

}  // namespace

extern const Rule outcomes_domains{
    .id = "outcomes-domains",
    .item = Item::outcomes,
    .severity = Severity::advice,
    .title = "Measures cover access, experience and outcomes",
    .quote = "Improve Access, Experience, Outcomes",
    .source = "Co-production – the practical approach: Role of Board members in co-production",
    .meets = "Among `outcomes.measures` there is at least one of each `domain`: `access`, "
             "`experience` and `outcomes`.",
    .example = R"(outcomes:
  measures:
    - name: Visits from Core20 postcodes
      domain: access
    - name: Would recommend to others
      domain: experience
    - name: Wellbeing (SWEMWBS), before and after
      domain: outcomes
)",
    .check = check,
};

}  // namespace coprod::rules
