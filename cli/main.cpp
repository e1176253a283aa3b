// coprod: checks the co-production evidence behind health and care proposals.
// main parses the command line, runs one command, and maps every failure to
// a message and an exit status; nothing below it prints errors on its own.

#include <csignal>
#include <cstdio>
#include <exception>
#include <iostream>
#include <map>

#include <fmt/format.h>

#include "commands/commands.h"
#include "help.h"
#include "manual.h"
#include "core/output.h"

namespace {

using namespace coprod::cli;
using coprod::kExitError;

constexpr Command kCommands[] = {
    {"check", "Check proposals against the board assurance checklist and give each a verdict",
     setup_check},
    {"explain", "Explain a rule: what it checks, why it matters, and what evidence meets it",
     setup_explain},
    {"rules", "List every rule, grouped by checklist item", setup_rules},
    {"appendix", "Write the co-production statement that prefaces a business case", setup_appendix},
    {"report", "One board-level view of many proposals: verdicts and a red/amber/green grid", setup_report},
    {"init", "Write a commented starter proposal to fill in", setup_init},
    {"schema", "Print the JSON Schema of the proposal format, for editors and validators",
     setup_schema},
    {"help", "Show the help of coprod or of one command, or the manual page", setup_help},
    {"completion", "Print the completion script of coprod for bash, zsh or fish", setup_completion},
};

std::string invocation = "coprod";

// The command boundary: runs one command, and turns whatever stops it into
// its message (`coprod COMMAND: …`; an error from the library as `coprod: …`)
// and kExitError. Standard output is flushed first, so that what the command
// wrote comes before why it stopped.
int run_command(const CLI::App& command, const Run& run) {
  try {
    raise_if(unexpected_arguments(command));
    return run();
  } catch (const CommandError& e) {
    std::fflush(stdout);
    for (const std::string& line : e.details()) fmt::print(stderr, "{}\n", line);
    fmt::print(stderr, "coprod {}: {}\n", command.get_name(), e.what());
  } catch (const std::exception& e) {
    std::fflush(stdout);
    fmt::print(stderr, "coprod: {}\n", e.what());
  }
  return kExitError;
}

}  // namespace

const std::string& coprod::cli::invoked_as() { return invocation; }

int main(int argc, char** argv) {
  if (argc > 0 && argv[0] != nullptr && *argv[0] != '\0') invocation = argv[0];
  CLI::App app{
      "coprod checks the co-production evidence behind a health or care proposal before it "
      "goes to a board: who was involved, how, what changed, and whether the people who took "
      "part are satisfied.\n\nStart with `coprod init my-proposal.yaml` to write one, and "
      "`coprod check my-proposal.yaml` to check it.",
      "coprod"};
  app.formatter(help_formatter());
  app.set_help_flag("-h,--help", "Show this help and exit");
  app.set_version_flag("-V,--version", std::string("coprod ") + COPROD_VERSION, "Show the version and exit");
  app.require_subcommand(0, 1);
  app.fallthrough(false);
  app.footer(main_footer());

  std::map<const CLI::App*, Run> runs;
  for (const Command& command : kCommands) {
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.description));
    sub->group("Commands");
    sub->set_help_flag("-h,--help", "Show this help and exit");
    sub->allow_extras();  // reported below, with a suggestion
    runs[sub] = command.setup(*sub);
  }

  // What CLI11 would call "A subcommand is required": a mistyped command
  // gets the nearest one, no command gets the help.
  if (auto problem = unknown_command(app, argc, argv)) {
    if (argc < 2) std::cerr << app.help() << '\n';
    fmt::print(stderr, "coprod: {}\n", *problem);
    return kExitError;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" to CLI11 that succeed.
    if (e.get_exit_code() == 0) return app.exit(e);
    fmt::print(stderr, "{}\n", usage_error(app, argc, argv, e));
    return kExitError;
  }

  // A closed pipe is a failed write to report, not a silent death; an
  // interrupted run leaves no temporary file behind.
  std::signal(SIGPIPE, SIG_IGN);
  coprod::remove_temporary_files_on_signal();
  int status = kExitError;
  for (const CLI::App* sub : app.get_subcommands()) {
    status = run_command(*sub, runs.at(sub));
    break;
  }
  // Whatever a command wrote to standard output must have arrived (a
  // command that failed has said why already).
  if (status == kExitError) return status;
  if (auto problem = coprod::flush_standard_output()) {
    fmt::print(stderr, "coprod: {}\n", *problem);
    return kExitError;
  }
  return status;
}
