#include "rules/board_assurance/common.h"

#include <fmt/format.h>

#include "core/suggest.h"

namespace coprod::rules {

bool groups_not_applicable(const Proposal& p, Reporter& out) {
  return out.not_applicable({{p.who, "who"},
                             {p.who->groups, "who.groups"},
                             {p.how, "how"},
                             {p.how->activities, "how.activities"}});
}

bool activities_not_applicable(const Proposal& p, Reporter& out) {
  return out.not_applicable({{p.how, "how"}, {p.how->activities, "how.activities"}});
}

std::string item_path(std::string_view list, std::size_t index, std::string_view key) {
  if (key.empty()) return fmt::format("{}[{}]", list, index);
  return fmt::format("{}[{}].{}", list, index, key);
}

std::string activity_path(const Terms& terms, const Activity& activity, std::string_view key) {
  return item_path("how.activities", terms.index(activity), key);
}

std::string kind_words(std::string_view kind) {
  if (kind == "lived-experience") return "people with lived experience";
  if (kind == "community") return "community members";
  if (kind == "vcse") return "voluntary and community organisations";
  if (kind == "healthwatch") return "Healthwatch";
  if (kind == "clinical") return "clinicians";
  if (kind == "system-partner") return "system partners";
  if (kind == "public") return "members of the public";
  return std::string(kind);  // carers, staff
}

std::string names_of(const std::vector<const Group*>& groups) {
  std::vector<std::string> names;
  for (const Group* g : groups) names.push_back(fmt::format("\"{}\"", g->name.given() ? *g->name : *g->id));
  return join_words(names, "and");
}

}  // namespace coprod::rules
