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

// The kinds of personal data in a text, each once, in the order found.
std::vector<PersonalData> kinds_in(std::string_view text, TextRole role) {
  std::vector<PersonalData> kinds;
  for (const PersonalDataMatch& m : find_personal_data(text, role))
    if (std::find(kinds.begin(), kinds.end(), m.kind) == kinds.end()) kinds.push_back(m.kind);
  return kinds;
}

// "an e-mail address", "an e-mail address and a phone number", "a, b and c".
std::string words_for(const std::vector<PersonalData>& kinds) {
  std::vector<std::string> words;
  for (PersonalData kind : kinds) words.emplace_back(describe(kind));
  return join_words(words, "and");
}

// The organisational contact, where a landline is the team's own.
bool contact(const TextPath& at) { return at.size() == 2 && at.key(0) == "proposal" && at.key(1) == "contact"; }

void check_integrity_personal_data(const Proposal& p, Reporter& out) {
  if (p.source == nullptr) return;
  // The message names the kind of data and where, never the data itself:
  // reports are published too.
  walk_texts(p.source->root(), [&](const yaml::Node& n, const TextPath& at) {
    const TextRole role = contact(at) ? TextRole::contact : TextRole::prose;
    const std::vector<PersonalData> kinds = kinds_in(n.value, role);
    if (kinds.empty()) return;
    const std::string path = at.str();
    const PersonalDataAdvice advice = advice_for(kinds, role);
    out.report_text(n.at, path,
               fmt::format("some text holds what looks like {}: board papers are published, so {}",
                           words_for(kinds), advice.why),
               fmt::format("Remove it from `{}`. {}", path, advice.instead));
  });
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
             "person's e-mail address, UK phone number, valid NHS number, home postcode or titled "
             "name in any text of the proposal, `proposal.contact` and `x-` keys included. An "
             "organisation's own are not personal: a team mailbox, a number it publishes (0300, "
             "0345, 0800, 0808, 111, a switchboard or a helpline), a place named after a person "
             "(Sir Robert Peel Community Hospital, the Dr Foster suite), a venue's postcode, and "
             "in `proposal.contact` any e-mail address and landline.",
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
