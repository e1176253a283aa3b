// coprod check FILE|DIR|- …: the board assurance checklist, with a verdict
// per proposal and a summary line.

#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <unistd.h>

#include "check/check.h"
#include "check/parallel.h"
#include "commands/commands.h"
#include "core/output.h"
#include "load/inputs.h"
#include "load/loader.h"
#include "progress.h"
#include "render/render.h"

namespace coprod::cli {
namespace {

struct CheckOptionsCli {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string fail_on = "blocking";
  bool quiet = false;
  std::string stdin_filename = "<stdin>";
  std::string today;
  unsigned jobs = default_jobs();
  bool no_progress = false;
};

std::optional<Severity> fail_level(const std::string& text) {
  if (text == "never") return std::nullopt;
  return parse_severity(text);
}

bool colour_wanted(bool to_file) {
  if (to_file) return false;
  if (const char* no = std::getenv("NO_COLOR"); no != nullptr && *no != '\0') return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

Loaded load_input(const Input& input, const LoadOptions& options) {
  if (input.problem) {
    Loaded loaded;
    loaded.file = input.path;
    loaded.errors.push_back({{}, *input.problem});
    return loaded;
  }
  if (!input.is_stdin) return load_file(input.path, options);
  std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  return load_text(text, input.path, ".", options);
}

int run(const CheckOptionsCli& o) {
  CheckOptions check_options;
  if (!o.today.empty()) {
    auto today = Date::parse(o.today);
    if (!today) {
      fmt::print(stderr, "coprod check: --today must be a date written YYYY-MM-DD, not `{}`\n", o.today);
      return kExitError;
    }
    check_options.today = *today;
  }

  RenderOptions render_options;
  render_options.fail_on = fail_level(o.fail_on);
  render_options.quiet = o.quiet;
  render_options.color = colour_wanted(!o.output.empty());
  auto renderer = make_renderer(*parse_format(o.format), render_options);

  std::unique_ptr<AtomicFile> file;
  if (!o.output.empty()) {
    file = std::make_unique<AtomicFile>(o.output);
    if (file->error()) {
      fmt::print(stderr, "coprod check: {}\n", *file->error());
      return kExitError;
    }
  }
  std::ostream& out = file ? file->stream() : std::cout;

  int status = kExitOk;
  Summary summary;
  renderer->begin(out);
  const std::vector<Input> inputs = expand_inputs(o.paths, o.stdin_filename);
  Progress progress(inputs.size(), !o.no_progress);
  const bool output_on_terminal = !file && ::isatty(STDOUT_FILENO) == 1;
  run_in_order(
      inputs.size(), {o.jobs},
      [&](std::size_t i) { return check(load_input(inputs[i], LoadOptions{}), check_options); },
      [&](std::size_t i, const Result& result) {
        if (output_on_terminal) progress.clear();
        summary.add(result);
        status = std::max(status, exit_status(result, render_options.fail_on));
        renderer->proposal(result, out);
        progress.update(i + 1);
      });
  progress.clear();
  renderer->end(summary, out);

  if (file) {
    if (auto problem = file->commit()) {
      fmt::print(stderr, "coprod check: {}\n", *problem);
      return kExitError;
    }
  }
  return status;
}

}  // namespace

Run setup_check(CLI::App& command) {
  auto o = std::make_shared<CheckOptionsCli>();
  command.footer(
      "Examples:\n"
      "  coprod check proposal.yaml            check one proposal\n"
      "  coprod check papers/                  check every *.yaml and *.yml under papers/\n"
      "  coprod check --format markdown p.yaml a table to paste into a board paper\n"
      "  cat p.yaml | coprod check - --stdin-filename p.yaml\n\n"
      "Exit status: 0 no finding at or above --fail-on; 1 a finding at or above it;\n"
      "2 a usage error, a file that cannot be read, or a document that is not a valid proposal.");
  command.add_option("paths", o->paths, "Proposal files, folders of them, or - for standard input")
      ->required()
      ->type_name("FILE|DIR|-");
  command.add_option("-f,--format", o->format, "Output format")
      ->check(CLI::IsMember(std::vector<std::string>(format_names().begin(), format_names().end())))
      ->default_str("text");
  command.add_option("-o,--output", o->output,
                     "Write the output to FILE (whole or not at all) instead of the terminal")
      ->type_name("FILE");
  command.add_option("--fail-on", o->fail_on,
                     "Lowest severity that makes the exit status 1; `never` always exits 0 "
                     "for valid proposals")
      ->check(CLI::IsMember({"blocking", "warning", "advice", "never"}))
      ->default_str("blocking");
  command.add_flag("-q,--quiet", o->quiet, "Show only findings at or above the --fail-on level");
  command.add_option("--stdin-filename", o->stdin_filename,
                     "The name to show for a proposal read from standard input (-)")
      ->type_name("NAME");
  command.add_option("--today", o->today,
                     "The date to judge waiver expiry against, for reproducible runs "
                     "(default: today)")
      ->type_name("YYYY-MM-DD");
  command.add_option("-j,--jobs", o->jobs,
                     "Check this many files at once (default: one per core); the output is the "
                     "same, in the same order, whatever the number")
      ->check(CLI::Range(1u, 1024u))
      ->type_name("N");
  command.add_flag("--no-progress", o->no_progress,
                   "Do not show a count of files checked on a terminal during long runs");
  return [o] { return run(*o); };
}

}  // namespace coprod::cli
