// coprod explain RULE-ID …: what a rule checks, why it matters, what meets it.

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands/commands.h"
#include "render/catalogue.h"
#include "rules/registry.h"

namespace coprod::cli {
namespace {

int run(const std::vector<std::string>& ids) {
  std::vector<const Rule*> rules;
  for (const std::string& id : ids) {
    const Rule* rule = find_rule(id);
    if (rule == nullptr) throw CommandError(unknown_rule(id, rule_ids()));
    rules.push_back(rule);
  }
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (i > 0) std::cout << '\n';
    explain(*rules[i], std::cout);
  }
  return kExitOk;
}

}  // namespace

Run setup_explain(CLI::App& command) {
  auto ids = std::make_shared<std::vector<std::string>>();
  command.footer(
      "Examples:\n"
      "  coprod explain who-paid         why paying people matters, and what meets it\n"
      "  coprod rules                    every rule id\n\n"
      "Exit status: as `coprod help` lists them; 2 when no rule has that id.");
  command.add_option("rule", *ids, "The id of a rule, as `coprod check` shows it in brackets")
      ->required()
      ->type_name("RULE-ID");
  return [ids] { return run(*ids); };
}

}  // namespace coprod::cli
