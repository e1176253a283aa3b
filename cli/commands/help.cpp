// coprod help [COMMAND] and coprod completion SHELL: the help of coprod or of
// one command, its man page, and the completion scripts, all from the
// definitions of the commands (help.h, manual.h).

#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "commands/commands.h"
#include "help.h"
#include "manual.h"

namespace coprod::cli {
namespace {

struct HelpOptions {
  std::string command;
  bool man = false;
};

int run_help(const CLI::App& root, const HelpOptions& o) {
  if (o.man) {
    std::cout << man_page(root);
    return kExitOk;
  }
  if (o.command.empty()) {
    std::cout << root.help();
    return kExitOk;
  }
  const char* argv[] = {"coprod", o.command.c_str()};
  raise_if(unknown_command(root, 2, argv));
  for (const CLI::App* command : commands_of(root))
    if (command->get_name() == o.command) std::cout << command->help("coprod");
  return kExitOk;
}

}  // namespace

Run setup_help(CLI::App& command) {
  auto o = std::make_shared<HelpOptions>();
  command.footer(
      "Examples:\n"
      "  coprod help                     the commands, the environment and the exit statuses\n"
      "  coprod help check               what `coprod check` takes, with examples\n"
      "  coprod help --man > coprod.1    the manual page, with every command");
  command.add_option("command", o->command, "The command to show the help of")->type_name("COMMAND");
  command.add_flag("--man", o->man, "Print the manual page (roff), with every command");
  const CLI::App* root = command.get_parent();
  return [o, root] { return run_help(*root, *o); };
}

Run setup_completion(CLI::App& command) {
  auto shell = std::make_shared<std::string>();
  command.footer(
      "Examples:\n"
      "  source <(coprod completion bash)                        in ~/.bashrc\n"
      "  coprod completion zsh > \"${fpath[1]}/_coprod\"           then restart zsh\n"
      "  coprod completion fish > ~/.config/fish/completions/coprod.fish\n\n"
      "The package installs all three where each shell looks for them.");
  command.add_option("shell", *shell, "The shell to complete coprod's commands and options in")
      ->required()
      ->check(CLI::IsMember(std::vector<std::string>(std::begin(kShells), std::end(kShells))))
      ->type_name("SHELL");
  const CLI::App* root = command.get_parent();
  return [shell, root] {
    std::cout << *completion_script(*root, *shell);
    return kExitOk;
  };
}

}  // namespace coprod::cli
