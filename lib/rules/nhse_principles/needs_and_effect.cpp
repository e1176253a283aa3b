#include "rules/example_header.h"
#include "rules/nhse_principles/common.h"
#include "rules/nhse_principles/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_needs_and_effect(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.origin,
                          p.origin->sources,
                          p.continuation}))
    return;
  const bool data = nhse::has_source(p, {SourceKind::segmented_data, SourceKind::public_health});
  const bool heard = nhse::has_source(
      p, {SourceKind::feedback, SourceKind::patient_stories, SourceKind::complaints, SourceKind::survey});
  nhse::Reasons reasons;
  if (!data && !heard)
    reasons.add(p.origin->sources, "the sources of the question include neither population or public health data "
                "nor what people have said (feedback, patient stories, complaints or surveys)");
  else if (!data)
    reasons.add(p.origin->sources, "the sources of the question include no population or public health data");
  else if (!heard)
    reasons.add(p.origin->sources, "the sources of the question include nothing people have said (feedback, "
                "patient stories, complaints or surveys)");
  if (!p.continuation->evaluation.given())
    reasons.add(p.continuation->evaluation, "the proposal does not say how people will help find out whether the change is "
                "having the desired effect");
  if (reasons.empty()) return;
  out.report(*reasons.where, std::move(reasons.message),
             "List under `origin.sources` a source of kind `segmented-data` or `public-health` "
             "and one of kind `feedback`, `patient-stories`, `complaints` or `survey`, and "
             "describe under `continuation.evaluation` how people stay involved in evaluating "
             "the change.");
}

}  // namespace

extern const Rule nhse_needs_and_effect{
    .id = "nhse-needs-and-effect",
    .item = &nhse::communities,
    .severity = Severity::warning,
    .title = "Needs understood from data and from what people say, and the effect followed up",
    .quote = "using engagement to find out if change is having the desired effect",
    .source = "Hertfordshire and West Essex ICB constitution §9.1.3, adopting NHS England's principle 3",
    .meets = "`origin.sources` has a source of kind `segmented-data` or `public-health`, and one of kind `feedback`, `patient-stories`, `complaints` or `survey`; `continuation.evaluation` is given.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(origin:
  sources:
    - kind: segmented-data
      detail: Diabetes prevalence by neighbourhood and deprivation.
    - kind: patient-stories
      detail: Stories gathered by the pathways advisors.
continuation:
  evaluation: Panel members co-design the survey and co-present results to the board at six months.
)yaml",
    .check = check_needs_and_effect,
};

}  // namespace coprod::rules
