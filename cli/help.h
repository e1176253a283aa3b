// How coprod's command line reads and behaves like the tools it sits beside:
// the help layout (one placeholder style, no parser internals), "did you
// mean" for mistyped commands and options, and what the help, the man page
// and the completions are all made from: the CLI11 definitions of the
// commands, read here.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace coprod::cli {

// The help layout every command uses: `-f, --format FORMAT`, the values an
// option takes and its default in words, descriptions wrapped to 80 columns.
std::shared_ptr<CLI::Formatter> help_formatter();

// "  -f, --format FORMAT         Output format …": a line of help, the
// description from `column` (30 unless said), wrapped at 80.
std::string help_row(const std::string& left, std::string_view description, std::size_t column = 30);

// An option as help, the man page and the completions show it.
struct OptionInfo {
  std::vector<std::string> names;    // "-f", "--format"; for an argument, its placeholder
  std::string placeholder;           // "FORMAT"; empty for a flag
  std::vector<std::string> choices;  // the values it takes, when they are a list
  std::string default_value;         // empty when none is shown
  std::string description;           // with the choices and default in words
  bool positional = false;
  bool repeatable = false;           // takes several values (FILE…)
  bool required = false;
};

// The options of `app` in the order help lists them: arguments first.
std::vector<OptionInfo> options_of(const CLI::App& app);

// The commands a user can run, in the order help lists them.
std::vector<const CLI::App*> commands_of(const CLI::App& app);

// "check", "explain", …: for messages and completions.
std::vector<std::string> command_names(const CLI::App& app);

// When the first argument names no command (`coprod chek`) or no option of
// coprod's own, the message that says so and suggests the nearest.
std::optional<std::string> unknown_command(const CLI::App& app, int argc, const char* const* argv);

// When the command line held arguments `command` does not take (CLI11 keeps
// them in remaining()), the message that names the first and suggests the
// nearest option.
std::optional<std::string> unexpected_arguments(const CLI::App& command);

// CLI11's message for a command line it could not parse ("--format: pdf not
// in {text,markdown}", "paths is required"), in coprod's words: what was
// wrong, what is allowed, and the nearest allowed value.
std::string usage_error(const CLI::App& app, int argc, const char* const* argv, const CLI::ParseError& e);

}  // namespace coprod::cli
