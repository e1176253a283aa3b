#include <fmt/format.h>

#include "rules/example_header.h"
#include "rules/legal_duties/common.h"
#include "rules/legal_duties/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_legal_gunning_information(const Proposal& p, Reporter& out) {
  if (out.not_applicable({Need(p.consultation)})) return;
  const Consultation& c = *p.consultation;
  if (!c.opened.given())
    return out.not_given(c.opened, "consultation opening date");
  if (!c.information_published.given())
    return out.not_given(c.information_published, "date on which the consultation document was published");
  if (*c.information_published <= *c.opened) return;
  const int late = days_between(*c.opened, *c.information_published);
  out.report(c.information_published, fmt::format("the consultation document was published on {}, {} after the "
                         "consultation opened on {}: the record does not show that people had "
                         "the information when they were first asked",
                         c.information_published->iso(), legal::weeks_and_days(late),
                         c.opened->iso()),
             "Publish the consultation document on or before the day the consultation opens; if "
             "it was, correct `consultation.information_published` or `consultation.opened`.");
}

}  // namespace

extern const Rule legal_gunning_information{
    .id = "legal-gunning-information",
    .item = &legal::consultation,
    .severity = Severity::blocking,
    .title = "People had the information before they were consulted",
    .quote = "must be available, accessible, and easily interpretable",
    .source = "Bedfordshire CCG, The Gunning Principles",
    .meets = "If `consultation.opened` and `consultation.information_published` are given: the consultation document was published on or before the day the consultation opened.",
    .example = COPROD_EXAMPLE_ICB R"yaml(consultation:
  opened: 2026-01-12
  closed: 2026-04-06
  information_published: 2026-01-05
  information_link: https://example.org/consultation/stroke-rehabilitation
)yaml",
    .check = check_legal_gunning_information,
};

}  // namespace coprod::rules
