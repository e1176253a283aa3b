// coprod rules: every rule, framework by framework, grouped by checklist
// item. `--format markdown --framework ID` is docs/rules.md (board-assurance)
// and docs/rules-ID.md (the others).

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands/commands.h"
#include "render/catalogue.h"
#include "rules/registry.h"

namespace coprod::cli {

Run setup_rules(CLI::App& command) {
  auto format = std::make_shared<std::string>("text");
  auto ids = std::make_shared<std::vector<std::string>>();
  command.footer(
      "Examples:\n"
      "  coprod rules                              every framework's ids, severities and titles\n"
      "  coprod rules --framework legal-duties     one framework's rules\n"
      "  coprod rules --format markdown > rules.md  the full catalogue, with the rationale\n"
      "  coprod explain who-paid                   one rule in full\n\n"
      "Exit status: as `coprod help` lists them; 2 when no framework has that id.");
  command.add_option("-f,--format", *format, "Output format")
      ->check(CLI::IsMember(std::vector<std::string>(catalogue_format_names().begin(),
                                                     catalogue_format_names().end())))
      ->default_str("text")
      ->type_name("FORMAT");
  command.add_option("--framework", *ids,
                     "List this framework's rules; repeat for more (default: every framework)")
      ->type_name("FRAMEWORK")
      ->allow_extra_args(false);
  return [format, ids] {
    std::vector<const Framework*> selected;
    for (const std::string& id : *ids) {
      const Framework* framework = find_framework(id);
      if (framework == nullptr) throw CommandError(unknown_framework(id));
      if (std::find(selected.begin(), selected.end(), framework) == selected.end())
        selected.push_back(framework);
    }
    if (selected.empty()) selected.assign(frameworks().begin(), frameworks().end());
    list_rules(selected, *parse_catalogue_format(*format), std::cout);
    return kExitOk;
  };
}

}  // namespace coprod::cli
