#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_who_system_levels(const Proposal& p, Reporter& out) {
  if (out.not_applicable({p.who, p.who->system_levels})) return;
  if (!items(p.who->system_levels).empty()) return;
  out.report(p.who->system_levels, "the proposal does not say which parts of the health and care system were "
             "involved",
             "List them under `who.system_levels`: `ics`, `place`, `pcn`, `provider`, "
             "`commissioner`, `local-authority` or `national`.");
}

}  // namespace

extern const Rule who_system_levels{
    .id = "who-system-levels",
    .item = &board::who,
    .severity = Severity::advice,
    .title = "The system levels involved are named",
    .quote = "System levels – ICS, Providers, Place, PCNs and commissioners.",
    .source = "Board steps: Who to involve?",
    .meets = "`who.system_levels` names at least one level: `ics`, `place`, `pcn`, `provider`, "
             "`commissioner`, `local-authority` or `national`.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(who:
  system_levels: [provider, place, pcn]
)yaml",
    .check = check_who_system_levels,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
