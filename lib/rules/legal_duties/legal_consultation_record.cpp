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

constexpr std::string_view kConsultationGuidance =
    "Give `consultation.opened`, `closed`, `information_published`, `information_link` and "
    "`responses`; if there was no formal public consultation, mark `consultation` "
    "`{not_applicable: reason}`.";

void check_legal_consultation_record(const Proposal& p, Reporter& out) {
  if (out.not_applicable({Need(p.consultation)})) return;
  if (!p.consultation.given()) {
    out.report(p.consultation, "the record does not show whether there was a formal public consultation: there "
               "is no consultation section",
               std::string(kConsultationGuidance));
    return;
  }
  const Consultation& c = *p.consultation;
  std::vector<std::string_view> missing, keys;
  const auto need = [&](bool given, std::string_view what, std::string_view key) {
    if (given) return;
    missing.push_back(what);
    keys.push_back(key);
  };
  need(c.opened.given(), "when it opened", "`opened`");
  need(c.closed.given(), "when it closed", "`closed`");
  need(c.information_published.given(), "when the consultation document was published",
       "`information_published`");
  need(c.information_link.given(), "where the consultation document is", "`information_link`");
  need(c.responses.given(), "how many responses were received", "`responses`");
  if (c.responses_considered.given())
    need(c.responses_considered->link.given(),
         "the report of the responses that the decision-makers considered",
         "`responses_considered.link`");
  if (!missing.empty())
    out.report(p.consultation, fmt::format("the record of the consultation does not show {}",
                           legal::listed(missing, "or")),
               fmt::format("Give {} under `consultation`.", legal::listed(keys)));
  legal::check_link(p, out, c.information_link,
                    "the consultation document");
  if (c.responses_considered.given())
    legal::check_link(p, out, c.responses_considered->link,
                      "the report of the responses considered");
}

}  // namespace

extern const Rule legal_consultation_record{
    .id = "legal-consultation-record",
    .item = &legal::consultation,
    .severity = Severity::warning,
    .title = "The consultation is on the record: its dates, document and responses",
    .quote = "Decision-makers should be able to provide evidence that they took consultation responses into account",
    .source = "Bedfordshire CCG, The Gunning Principles",
    .meets = "`consultation` gives when it `opened` and `closed`, when the consultation document was published (`information_published`) and where it is (`information_link`), and how many `responses` were received; if it gives `responses_considered`, also the `link` to the report the decision-makers considered. Every link is an https:// URL or a path relative to the proposal's folder that names a file. With no formal public consultation, mark `consultation` `{not_applicable: reason}`.",
    .example = COPROD_EXAMPLE_ICB R"yaml(consultation:
  opened: 2026-01-12
  closed: 2026-04-06
  information_published: 2026-01-12
  information_link: https://example.org/consultation/stroke-rehabilitation
  responses: 412
  responses_considered:
    date: 2026-05-14
    link: https://example.org/board/2026-05-14/consultation-report
)yaml",
    .check = check_legal_consultation_record,
};

}  // namespace coprod::rules
