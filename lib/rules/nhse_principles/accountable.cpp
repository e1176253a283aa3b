#include "rules/example_header.h"
#include "rules/nhse_principles/common.h"
#include "rules/nhse_principles/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

bool says_you_said_we_did(const Publication& publication) {
  for (const Field<PublicationCover>& c : items(publication.covers))
    if (c.is(PublicationCover::you_said_we_did)) return true;
  return false;
}

void check_accountable(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.publication,
                          p.publication->covers,
                          p.outcomes,
                          p.outcomes->changes}))
    return;
  nhse::Reasons reasons;
  if (!p.publication.given())
    reasons.add(p.publication, "the proposal does not say that the public has been told what people said and "
                "what was done about it (\"you said, we did\")");
  else if (!says_you_said_we_did(*p.publication))
    reasons.add(p.publication->covers, "the published information is not said to tell the public what people said and "
                "what was done about it (\"you said, we did\")");
  if (items(p.outcomes->changes).empty())
    reasons.add(p.outcomes->changes, "the proposal records no change made because of what people said");
  if (reasons.empty()) return;
  out.report(*reasons.where, std::move(reasons.message),
             "Add `you-said-we-did` to `publication.covers` once the public has been told what "
             "was heard and what was done, and record each change under `outcomes.changes`.");
}

}  // namespace

extern const Rule nhse_accountable{
    .id = "nhse-accountable",
    .item = &nhse::voice,
    .severity = Severity::warning,
    .title = "The public can see what was heard and what changed",
    .quote = "Use co-production, insight and engagement to achieve accountable health and care services.",
    .source = "NHS Cheshire and Merseyside, Involving People and Communities, adopting NHS England's principle 8",
    .meets = "`publication.covers` includes `you-said-we-did`, and `outcomes.changes` has at least one entry.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(outcomes:
  changes:
    - heard: Evening clinics are easier for people who work shifts.
      changed: Two clinics a week now run until 8pm.
publication:
  link: https://example.org/diabetes-clinics/you-said-we-did
  date: 2026-02-10
  covers: [you-said-we-did]
  formats: [easy-read]
)yaml",
    .check = check_accountable,
};

}  // namespace coprod::rules
