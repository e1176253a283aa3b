// coprod rules: every rule, grouped by checklist item. `--format markdown` is
// docs/rules.md.

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands/commands.h"
#include "render/catalogue.h"
#include "rules/registry.h"

namespace coprod::cli {

Run setup_rules(CLI::App& command) {
  auto format = std::make_shared<std::string>("text");
  command.footer(
      "Examples:\n"
      "  coprod rules                              ids, severities and titles\n"
      "  coprod rules --format markdown > rules.md  the full catalogue, with the rationale\n"
      "  coprod explain who-paid                   one rule in full");
  command.add_option("-f,--format", *format, "Output format")
      ->check(CLI::IsMember(std::vector<std::string>(catalogue_format_names().begin(),
                                                     catalogue_format_names().end())))
      ->default_str("text")
      ->type_name("FORMAT");
  return [format] {
    list_rules(all_rules(), *parse_catalogue_format(*format), std::cout);
    return kExitOk;
  };
}

}  // namespace coprod::cli
