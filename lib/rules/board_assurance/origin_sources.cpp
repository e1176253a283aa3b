#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_origin_sources(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.origin, p.origin->sources})) return;
  if (!items(p.origin->sources).empty()) return;
  out.report(p.origin->sources, "the proposal does not say where the question came from",
             "List the sources under `origin.sources`: complaints, feedback, patient stories, "
             "segmented data and so on.");
}

}  // namespace

extern const Rule origin_sources{
    .id = "origin-sources",
    .item = &board::assurance,
    .severity = Severity::advice,
    .title = "Where the question came from is shown",
    .quote = "Board is looking 'outwards' and working with the community and workforce, "
             "bringing back insight and intelligence. What are people out there saying?",
    .source = "Board steps: How to start – the question or theme?",
    .meets = "`origin.sources` lists at least one source of the question, such as complaints, "
             "feedback, patient stories or segmented data.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(origin:
  sources:
    - kind: patient-stories
      detail: Stories gathered by the pathways advisors.
)yaml",
    .check = check_origin_sources,
    .asked_from = Level::consultation,
};

}  // namespace coprod::rules
