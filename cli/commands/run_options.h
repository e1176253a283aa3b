// The settings every command that checks proposals shares (check, appendix,
// report): the date to judge against, the configuration (--config or the
// nearest .coprod.yaml), waivers and the fail level. One place, so that the
// configuration applies to every run the same way (docs/json-report.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "check/check.h"
#include "load/inputs.h"
#include "load/loader.h"

namespace coprod::cli {

struct RunOptionsCli {
  std::string today;                   // empty: today
  std::string config;                  // empty: look for .coprod.yaml from the current folder up
  bool no_config = false;              // ignore every configuration file
  bool verbose = false;                // say which configuration file is used
  bool no_waivers = false;
  std::optional<std::string> fail_on;  // unset: the configuration's, else blocking
  std::vector<std::string> frameworks; // --framework, in order; empty: the configuration's
};

// Adds --framework, --today, --config, --no-waivers and --fail-on to `command`.
void add_run_options(CLI::App& command, RunOptionsCli& options);

// What every command that checks proposals takes, in this order:
// --stdin-filename (`stdin_help` says what the name is for), the run options
// above, and --max-file-size.
void add_input_options(CLI::App& command, std::string& stdin_filename, RunOptionsCli& run,
                       LoadOptions& load,
                       std::string_view stdin_help = "The name to show for a proposal read from "
                                                     "standard input (-)");

// What a run needs from those settings.
struct RunSetup {
  CheckOptions check;
  std::optional<Severity> fail_on;  // empty: never
  std::vector<Notice> notices;      // about the configuration, once per run
  std::string config_file;          // the configuration used; empty: none
  std::vector<Exclusion> exclude;   // the configuration's `exclude:`
  bool verbose = false;
};

// Reads the settings and the configuration; throws CommandError when --today,
// a framework or the configuration is not valid: a broken configuration is
// never silently ignored. `command` names the command in --verbose's notes.
RunSetup prepare_run(const RunOptionsCli& options, std::string_view command);

// How a command that walks folders (check, report) chooses its files.
struct WalkOptionsCli {
  std::vector<std::string> exclude;  // --exclude, relative to the current folder
  bool filter_named = false;
};

// Adds --exclude and --filter-named to `command`.
void add_walk_options(CLI::App& command, WalkOptionsCli& options);

// The walk of this run: --exclude with the configuration's `exclude:`, and,
// under --verbose, a line on standard error for each file or folder left out.
WalkOptions walk_options(const WalkOptionsCli& options, const RunSetup& setup,
                         std::string_view command);

// For commands whose output has no place for them: the notices on standard
// error, one line each, and the exit status they call for.
int report_notices(const RunSetup& setup);

// Loads one listed input; an input that could not be listed (a missing file)
// is loaded as its error.
Loaded load_input(const Input& input, const LoadOptions& options = {});

// Writes `text` to standard output when `output` is empty, else whole to the
// file `output` or not at all; never over one of the `inputs` the text was
// made from. Throws CommandError when it cannot or must not be written.
void write_output(const std::string& output, const std::string& text,
                  const std::vector<Input>& inputs);

}  // namespace coprod::cli
