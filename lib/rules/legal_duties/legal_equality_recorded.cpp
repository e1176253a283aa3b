#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "rules/example_header.h"
#include "rules/legal_duties/common.h"
#include "rules/legal_duties/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

constexpr std::string_view kEqualityGuidance =
    "Give `equality.assessment` with the `date` the equality (and health inequalities) impact "
    "assessment was completed and a `link` to it.";

void check_legal_equality_recorded(const Proposal& p, Reporter& out) {
  if (out.not_applicable({Need(p.equality),
                          Need(p.equality->assessment)}))
    return;
  const Part<DatedLink>& assessment = p.equality->assessment;
  if (!assessment.given()) {
    out.report(p.equality.given() ? static_cast<const Located&>(assessment) : p.equality,
               "the record does not show an equality impact assessment", std::string(kEqualityGuidance));
    return;
  }
  std::vector<std::string_view> missing;
  if (!assessment->date.given()) missing.push_back("when it was completed");
  if (!assessment->link.given()) missing.push_back("where it can be read");
  if (!missing.empty())
    out.report(assessment, fmt::format("the record of the equality impact assessment does not show {}",
                           legal::listed(missing, "or")),
               std::string(kEqualityGuidance));
  legal::check_link(p, out, assessment->link,
                    "the equality impact assessment");
}

}  // namespace

extern const Rule legal_equality_recorded{
    .id = "legal-equality-recorded",
    .item = &legal::equality,
    .severity = Severity::warning,
    .title = "The equality impact assessment is on the record",
    .quote = "A public authority must, in the exercise of its functions, have due regard to the need to— (a) eliminate discrimination …",
    .source = "Equality Act 2010 s.149(1), as quoted in M. Bovey QC, Public Sector Equality Duty (murraystable.com)",
    .meets = "`equality.assessment` gives the `date` the equality (and health inequalities) impact assessment was completed and a `link` to it: an https:// URL, or a path relative to the proposal's folder that names a file. Every deciding body is checked: s.149(2) extends the duty to \"A person who is not a public authority but who exercises public functions\".",
    .example = COPROD_EXAMPLE_ICB R"yaml(equality:
  assessment:
    date: 2026-04-30
    link: https://example.org/board/2026-06-11/equality-impact-assessment
)yaml",
    .check = check_legal_equality_recorded,
};

}  // namespace coprod::rules
