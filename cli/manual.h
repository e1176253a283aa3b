// The man page and the shell completions, written from the same CLI11
// definitions as --help (help.h) and one table of what help has no place for
// per command: exit status, environment, files and examples.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace coprod::cli {

// The main help's footer: the environment and the exit statuses, from the
// table the man page's sections come from.
std::string main_footer();

// "Exit status:" and a row for each status (core/exit_status.h), its
// meaning from `column`: for the main help, and a command's that gives them all.
std::string exit_status_help(std::size_t column);

// coprod.1 in roff: NAME, SYNOPSIS, DESCRIPTION, COMMANDS (each command's
// help), OPTIONS, EXIT STATUS, ENVIRONMENT, FILES, EXAMPLES, SEE ALSO.
std::string man_page(const CLI::App& app);

// The completion script for `shell` (bash, zsh or fish); nothing for another.
std::optional<std::string> completion_script(const CLI::App& app, std::string_view shell);

inline constexpr std::string_view kShells[] = {"bash", "zsh", "fish"};

}  // namespace coprod::cli
