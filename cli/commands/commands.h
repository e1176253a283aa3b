// The subcommands: each file in commands/ sets up its options on a CLI11
// subcommand and returns what runs it. main.cpp lists them in one table.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace coprod::cli {

// Runs a parsed command and returns its exit status (CLI.md).
using Run = std::function<int()>;

struct Command {
  std::string_view name;
  std::string_view description;
  Run (*setup)(CLI::App& command);
};

Run setup_check(CLI::App& command);
Run setup_explain(CLI::App& command);
Run setup_rules(CLI::App& command);
Run setup_appendix(CLI::App& command);
Run setup_report(CLI::App& command);
Run setup_schema(CLI::App& command);
Run setup_init(CLI::App& command);
Run setup_help(CLI::App& command);        // needs the command's parent: coprod itself
Run setup_completion(CLI::App& command);  // likewise

// How coprod was started (argv[0]), set once by main: for messages that tell
// the user what to run next.
const std::string& invoked_as();

// Exit statuses (CLI.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

}  // namespace coprod::cli
