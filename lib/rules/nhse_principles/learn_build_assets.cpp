#include "rules/example_header.h"
#include "rules/nhse_principles/common.h"
#include "rules/nhse_principles/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_learn_build_assets(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.origin,
                          p.origin->sources,
                          p.evaluation,
                          p.evaluation->improvements}))
    return;
  nhse::Reasons reasons;
  if (!nhse::has_source(p, {SourceKind::previous_work, SourceKind::network}))
    reasons.add(p.origin->sources, "the sources of the question include no earlier work or partner network to "
                "build on");
  bool improvement = false;
  for (const Text& i : items(p.evaluation->improvements)) improvement = improvement || i.given();
  if (!improvement)
    reasons.add(p.evaluation->improvements, "the proposal does not say what was learnt for next time");
  if (reasons.empty()) return;
  out.report(*reasons.where, std::move(reasons.message),
             "List under `origin.sources` a source of kind `previous-work` or `network`, and at "
             "least one lesson under `evaluation.improvements`.");
}

}  // namespace

extern const Rule nhse_learn_build_assets{
    .id = "nhse-learn-build-assets",
    .item = &nhse::learning,
    .severity = Severity::advice,
    .title = "Builds on earlier work and partners' assets, and learns for next time",
    .quote = "Learn from what works and build on the assets of all ICS partners",
    .source = "NHS Cheshire and Merseyside, Involving People and Communities, adopting NHS England's principle 10",
    .meets = "`origin.sources` has a source of kind `previous-work` or `network`, and `evaluation.improvements` has at least one entry.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(origin:
  sources:
    - kind: previous-work
      detail: The 2024 respiratory clinics co-designed with the same peer network.
evaluation:
  improvements:
    - Book longer sessions and offer travel costs in advance.
)yaml",
    .check = check_learn_build_assets,
};

}  // namespace coprod::rules
