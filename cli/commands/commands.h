// The subcommands: each file in commands/ sets up its options on a CLI11
// subcommand and returns what runs it. main.cpp lists them in one table.
#pragma once

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/exit_status.h"

namespace coprod::cli {

// Runs a parsed command and returns its exit status (core/exit_status.h).
using Run = std::function<int()>;

// Why a command cannot go on. Thrown from anywhere below a command's Run and
// caught once, in main, which writes each of `details` (the located errors
// behind it: `file:3:1: error: …`), then `coprod COMMAND: message`, and exits
// with kExitError. Nothing below main writes an error itself.
class CommandError : public std::runtime_error {
 public:
  explicit CommandError(const std::string& message, std::vector<std::string> details = {})
      : std::runtime_error(message), details_(std::move(details)) {}
  const std::vector<std::string>& details() const { return details_; }

 private:
  std::vector<std::string> details_;
};

// Throws `problem` as a CommandError when there is one: for the library's
// errors that come back as values.
inline void raise_if(const std::optional<std::string>& problem) {
  if (problem) throw CommandError(*problem);
}

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

}  // namespace coprod::cli
