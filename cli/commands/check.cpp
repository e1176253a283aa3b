// coprod check FILE|DIR|- …: the selected frameworks' checklists (by default
// the board assurance checklist), with a verdict per proposal and a summary line.

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <fmt/format.h>
#include <unistd.h>

#include "check/check.h"
#include "check/parallel.h"
#include "commands/commands.h"
#include "commands/run_options.h"
#include "core/same_file.h"
#include "load/inputs.h"
#include "load/loader.h"
#include "privacy/personal_data.h"
#include "render/output_set.h"
#include "manual.h"
#include "progress.h"
#include "render/render.h"
#include "render/text.h"

namespace coprod::cli {
namespace {

struct CheckOptionsCli {
  std::vector<std::string> paths;
  std::vector<std::string> formats;
  std::vector<std::string> outputs;
  RunOptionsCli run;
  WalkOptionsCli walk;
  bool quiet = false;
  std::string stdin_filename = "<stdin>";
  LoadOptions load;
  unsigned jobs = default_jobs();
  bool no_progress = false;
  std::string color = "auto";
};

bool set(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0';
}

// --color wins; then NO_COLOR (https://no-color.org), then FORCE_COLOR
// (https://force-color.org), then whether the output is a terminal.
bool colour_wanted(const std::string& color) {
  if (color != "auto") return color == "always";
  if (set("NO_COLOR")) return false;
  if (set("FORCE_COLOR")) return true;
  return ::isatty(STDOUT_FILENO) == 1;
}

// The outputs named on the command line, paired in order (render/output_set.h).
std::vector<OutputSpec> output_specs(const CheckOptionsCli& o) {
  auto specs = pair_outputs(o.formats, o.outputs);
  if (auto* problem = std::get_if<std::string>(&specs)) throw CommandError(*problem);
  return std::get<std::vector<OutputSpec>>(std::move(specs));
}

// Walks the inputs once before anything is written, when needed: for the
// progress counter's total, and to make sure no output file is also an
// input. Neither this walk nor the checking one holds the list of all files.
void walk_first(const CheckOptionsCli& o, const RunSetup& setup, const std::vector<OutputSpec>& specs,
                Progress& progress) {
  std::vector<std::string> output_paths;
  for (const OutputSpec& spec : specs) output_paths.push_back(spec.path);
  const OutputGuard guard(output_paths);
  if (!progress.active() && !guard.active()) return;
  std::size_t total = 0;
  WalkOptions quiet_walk = walk_options(o.walk, setup, "check");
  quiet_walk.skipped = nullptr;  // said once, by the walk that checks
  InputWalk walk(o.paths, o.stdin_filename, std::move(quiet_walk));
  while (auto input = walk.next()) {
    ++total;
    raise_if(input->is_stdin ? guard.check_stdin() : guard.check(input->path));
  }
  progress.set_total(total);
}

// Checks every input, in parallel, and renders each result in input order;
// returns the run's exit status.
int check_all(const CheckOptionsCli& o, const RunSetup& setup, OutputSet& outputs, bool on_terminal,
              Progress& progress) {
  int status = exit_status(setup.notices, setup.fail_on);
  Summary summary;
  summary.notices = setup.notices;
  summary.configuration = shown(setup.config_file, true, Newlines::escape);
  outputs.begin();
  InputWalk walk(o.paths, o.stdin_filename, walk_options(o.walk, setup, "check"));
  run_in_order(
      [&] { return walk.next(); }, {o.jobs},
      [&](const Input& input) { return check(load_input(input, o.load), setup.check); },
      [&](std::size_t i, const Result& result) {
        if (on_terminal) progress.clear();
        summary.add(result);
        status = std::max(status, exit_status(result, setup.fail_on));
        outputs.proposal(result);
        progress.update(i + 1);
      });
  progress.clear();
  outputs.end(summary);
  return status;
}

int run(const CheckOptionsCli& o) {
  const RunSetup setup = prepare_run(o.run, "check");
  const std::vector<OutputSpec> specs = output_specs(o);
  Progress progress(!o.no_progress);
  walk_first(o, setup, specs, progress);

  RenderOptions render_options;
  render_options.fail_on = setup.fail_on;
  render_options.quiet = o.quiet;
  render_options.today = setup.check.today;
  OutputSet outputs(specs, render_options, std::cout, colour_wanted(o.color));
  raise_if(outputs.error());
  const bool on_terminal = ::isatty(STDOUT_FILENO) == 1 &&
                           std::any_of(specs.begin(), specs.end(),
                                       [](const OutputSpec& spec) { return spec.path == "-"; });
  const int status = check_all(o, setup, outputs, on_terminal, progress);
  raise_if(outputs.commit());
  return status;
}

}  // namespace

Run setup_check(CLI::App& command) {
  auto o = std::make_shared<CheckOptionsCli>();
  command.footer(
      "Examples:\n"
      "  coprod check proposal.yaml\n"
      "      check one proposal and give its verdict\n"
      "  coprod check .\n"
      "      check every proposal in this folder and below it: the *.yaml and *.yml files\n"
      "      with a top-level `coprod:` key (--verbose lists the others, which are skipped)\n"
      "  coprod check --exclude 'drafts/**' --exclude mkdocs.yml .\n"
      "      leave files and folders out of the walk (or list them under `exclude:` in\n"
      "      .coprod.yaml)\n"
      "  coprod check --format markdown --output report.md proposal.yaml\n"
      "      write a report to paste into a board paper or a pull request comment\n"
      "  coprod check --fail-on warning papers/\n"
      "      fail on warnings too, not only on blocking findings\n"
      "  cat proposal.yaml | coprod check - --stdin-filename papers/proposal.yaml\n"
      "      check standard input as if it were papers/proposal.yaml\n"
      "  coprod check --format text --format sarif --output - --output coprod.sarif papers/\n"
      "      text on the terminal and SARIF in a file, for code scanning\n"
      "\n"
      "Several outputs: --format and --output pair in order (the first --output goes with\n"
      "the first --format); a --format with no --output writes to the terminal. If any\n"
      "output file cannot be written, none is replaced.\n"
      "\n" +
      exit_status_help(5) +
      "\n"
      "Run `coprod explain RULE-ID` to see why a rule matters and what meets it.");
  command.add_option("paths", o->paths, "Proposal files, folders of them, or - for standard input")
      ->required()
      ->type_name("FILE|DIR|-");
  command.add_option("-f,--format", o->formats,
                     "Output format; repeat it with --output to write several formats in one run")
      ->check(CLI::IsMember(std::vector<std::string>(format_names().begin(), format_names().end())))
      ->default_str("text")
      ->type_name("FORMAT")
      ->allow_extra_args(false);
  command.add_option("-o,--output", o->outputs,
                     "Write the output to FILE (whole or not at all) instead of the terminal; "
                     "the first --output goes with the first --format, the second with the "
                     "second, and a --format without one writes to the terminal (- also means "
                     "the terminal)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  command.add_flag("-q,--quiet", o->quiet, "Show only findings at or above the --fail-on level");
  add_input_options(command, o->stdin_filename, o->run, o->load,
                    "The name to show for a proposal read from standard input (-); its evidence "
                    "paths are looked up from that name's folder");
  add_walk_options(command, o->walk);
  command.add_option("-j,--jobs", o->jobs,
                     "Check this many files at once (default, and at most: one per core, and one per "
                     "file); the output is the "
                     "same, in the same order, whatever the number")
      ->check(CLI::Range(1u, 1024u))
      ->type_name("N");
  command.add_flag("--no-progress", o->no_progress,
                   "Do not show a count of files checked on a terminal during long runs");
  command.add_option("--color", o->color,
                     "Colour the text output: auto colours it on a terminal, unless NO_COLOR is set, "
                     "and elsewhere when FORCE_COLOR is set")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->default_str("auto")
      ->type_name("WHEN");
  return [o] { return run(*o); };
}

}  // namespace coprod::cli
