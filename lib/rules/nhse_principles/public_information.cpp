#include <fmt/format.h>

#include "rules/example_header.h"
#include "rules/links.h"
#include "rules/nhse_principles/common.h"
#include "rules/nhse_principles/items.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

bool covers_plans(const Publication& publication) {
  for (const Field<PublicationCover>& c : items(publication.covers))
    if (c.is(PublicationCover::plans) || c.is(PublicationCover::progress)) return true;
  return false;
}

void check_public_information(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.publication,
                          p.publication->covers,
                          p.publication->formats}))
    return;
  const std::string guidance =
      "Under `publication` give the `link` to what was published (an https:// address or a file "
      "beside the proposal), its `date` on or before the board date, what it `covers` (`plans`, "
      "`progress`) and at least one of the `formats` it is offered in (`easy-read`, "
      "`plain-language`, `large-print`, `audio`, `bsl`, `translation`).";
  if (!p.publication.given()) {
    out.report(p.publication, "the proposal does not say what information about its plans and progress has been "
               "published for the public",
               guidance);
    return;
  }
  const Publication& pub = *p.publication;
  nhse::Reasons reasons;
  if (!pub.link.given()) {
    reasons.add(pub.link, "the published information has no link");
  } else if (const Link link = judge_link(p, *pub.link); link != Link::found) {
    reasons.add(pub.link, fmt::format("the link to the published information {}", link_problem(link)));
  }
  const Field<Date>& board_date = p.proposal.board_date;
  if (!pub.date.given()) {
    reasons.add(pub.date, "the proposal does not say when the information was published");
  } else if (board_date.given() && *board_date < *pub.date) {
    reasons.add(pub.date, fmt::format("the information is to be published on {}, after the board meets on "
                            "{}",
                            pub.date->iso(), board_date->iso()));
  }
  if (!covers_plans(pub))
    reasons.add(pub.covers, "the published information is not said to cover the plans or their progress");
  if (items(pub.formats).empty())
    reasons.add(pub.formats, "the proposal names no accessible format for the published information, such as "
                "easy read, large print or British Sign Language");
  if (reasons.empty()) return;
  out.report(*reasons.where, std::move(reasons.message), guidance);
}

}  // namespace

extern const Rule nhse_public_information{
    .id = "nhse-public-information",
    .item = &nhse::voice,
    .severity = Severity::warning,
    .title = "Clear and accessible public information about the plans and their progress",
    .quote = "Provide clear and accessible public information about vision, plans and progress",
    .source = "NHS Cheshire and Merseyside, Involving People and Communities, adopting NHS England's principle 6",
    .meets = "`publication` gives a `link` that resolves (an https:// address, or a file beside the proposal), a `date` on or before `proposal.board_date`, `plans` or `progress` in `covers`, and at least one entry in `formats` (`easy-read`, `plain-language`, `large-print`, `audio`, `bsl`, `translation`).",
    .example = COPROD_EXAMPLE_TRUST R"yaml(publication:
  link: https://example.org/diabetes-clinics/plans
  date: 2026-01-20
  covers: [plans, progress]
  formats: [easy-read, translation]
)yaml",
    .check = check_public_information,
};

}  // namespace coprod::rules
