#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/suggest.h"
#include "load/yaml_tree.h"
#include "privacy/personal_data.h"
#include "rules/board_assurance/common.h"
#include "rules/example_header.h"
#include "rules/framework.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// "an e-mail address", "an e-mail address and a phone number", "a, b and c".
std::string kinds_in(std::string_view text) {
  std::vector<PersonalData> kinds;
  std::vector<std::string> words;
  for (const PersonalDataMatch& m : find_personal_data(text)) {
    if (std::find(kinds.begin(), kinds.end(), m.kind) != kinds.end()) continue;
    kinds.push_back(m.kind);
    words.emplace_back(describe(m.kind));
  }
  return join_words(words, "and");
}

// An organisational contact is there to be published.
bool contact(const TextPath& parent, std::string_view key) {
  return parent.size() == 1 && parent.key(0) == "proposal" && key == "contact";
}

void check_integrity_personal_data(const Proposal& p, Reporter& out) {
  if (p.source == nullptr) return;
  // The message names the kind of data and where, never the data itself:
  // reports are published too.
  walk_texts(
      p.source->root(),
      [&](const yaml::Node& n, const TextPath& at) {
        const std::string kinds = kinds_in(n.value);
        if (kinds.empty()) return;
        const std::string path = at.str();
        out.report_text(n.at, path, fmt::format("some text holds what looks like {}: board papers are published, "
                               "so a proposal names roles and groups, not people",
                               kinds),
                   fmt::format("Remove it from `{}`. An organisational contact (a team mailbox, "
                               "a switchboard number) belongs in `proposal.contact`.",
                               path));
      },
      contact);
}

}  // namespace

extern const Rule integrity_personal_data{
    .id = "integrity-personal-data",
    .item = &kIntegrity,
    .severity = Severity::warning,
    .title = "No text looks like personal data",
    // The slides do not speak of personal data as such; publishing people's
    // details is a breach of the trust they do speak of.
    .quote = "Trust and relationships with the community – linked to culture of the organisation "
             "and leadership behaviours, from Board down and bottom up.",
    .source = "Board steps: Who to involve?",
    .meets = "Board papers are published, so a proposal names roles and groups, not people: no "
             "e-mail address, UK phone number, valid NHS number, full UK postcode or titled "
             "name in any text of the proposal, `x-` keys included. `proposal.contact`, an "
             "organisational contact, is exempt.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(  contact: patient.experience@example.nhs.uk, 0151 555 0100
who:
  groups:
    - id: panel
      name: Lived experience panel
      kind: lived-experience
      reached_via: formal
)yaml",
    .check = check_integrity_personal_data,
};

}  // namespace coprod::rules
