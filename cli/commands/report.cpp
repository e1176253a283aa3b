// coprod report FILE|DIR …: one board-level view of many proposals, a
// red/amber/green grid of every checklist item with totals.

#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "check/check.h"
#include "commands/commands.h"
#include "core/output.h"
#include "core/paths.h"
#include "load/inputs.h"
#include "load/loader.h"
#include "render/portfolio.h"
#include "render/templates.h"

namespace coprod::cli {
namespace {

struct ReportOptionsCli {
  std::vector<std::string> paths;
  std::string format = "markdown";
  std::string output;
  bool no_redact = false;
  std::string fail_on = "blocking";
  std::string stdin_filename = "<stdin>";
  std::string today;
};

Loaded load_input(const Input& input) {
  if (input.problem) {
    Loaded loaded;
    loaded.file = input.path;
    loaded.errors.push_back({{}, *input.problem});
    return loaded;
  }
  if (!input.is_stdin) return load_file(input.path);
  std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  return load_text(text, input.path, ".");
}

int run(const ReportOptionsCli& o) {
  CheckOptions check_options;
  if (!o.today.empty()) {
    auto today = Date::parse(o.today);
    if (!today) {
      fmt::print(stderr, "coprod report: --today must be a date written YYYY-MM-DD, not `{}`\n", o.today);
      return kExitError;
    }
    check_options.today = *today;
  }
  const std::optional<Severity> fail_on =
      o.fail_on == "never" ? std::nullopt : parse_severity(o.fail_on);

  std::filesystem::path template_file;
  if (o.format != "json")
    template_file = find_template("portfolio", o.format == "html" ? Markup::html : Markup::markdown,
                                  template_dirs(), "report");

  Portfolio portfolio(!o.no_redact);
  int status = kExitOk;
  for (const Input& input : expand_inputs(o.paths, o.stdin_filename)) {
    const Result result = check(load_input(input), check_options);
    status = std::max(status, exit_status(result, fail_on));
    portfolio.add(result);
  }

  const std::string text =
      o.format == "json" ? portfolio.json().dump(2) + "\n"
                         : render_template(template_file, o.format == "html" ? Markup::html : Markup::markdown,
                                           portfolio.template_data());
  if (o.output.empty()) {
    std::cout << text;
    return status;
  }
  AtomicFile file(o.output);
  if (file.error()) {
    fmt::print(stderr, "coprod report: {}\n", *file.error());
    return kExitError;
  }
  file.stream() << text;
  if (auto problem = file.commit()) {
    fmt::print(stderr, "coprod report: {}\n", *problem);
    return kExitError;
  }
  return status;
}

}  // namespace

Run setup_report(CLI::App& command) {
  auto o = std::make_shared<ReportOptionsCli>();
  command.footer(
      "Examples:\n"
      "  coprod report papers/                        a Markdown grid of every proposal under papers/\n"
      "  coprod report papers/ --format html -o board.html\n"
      "                                               a printable colour grid for the board pack\n"
      "  coprod report a.yaml b.yaml --format json    the same data for other tools\n\n"
      "Each checklist item is G (met, green), A (partly met, amber), R (not met, red) or\n"
      "N/A (not applicable, grey). Documents that are not valid proposals are listed with\n"
      "their first error.\n\n"
      "Exit status: 0 no finding at or above --fail-on; 1 a finding at or above it;\n"
      "2 a usage error, or a document that is not a valid proposal (the report is still written).");
  command.add_option("paths", o->paths, "Proposal files, folders of them, or - for standard input")
      ->required()
      ->type_name("FILE|DIR|-");
  command.add_option("-f,--format", o->format, "Output format")
      ->check(CLI::IsMember({"markdown", "html", "json"}))
      ->default_str("markdown");
  command.add_option("-o,--output", o->output,
                     "Write the report to FILE (whole or not at all) instead of the terminal")
      ->type_name("FILE");
  command.add_flag("--no-redact", o->no_redact, "Show personal data in titles and errors instead of redacting it");
  command.add_option("--fail-on", o->fail_on,
                     "Lowest severity that makes the exit status 1; `never` always exits 0 "
                     "for valid proposals")
      ->check(CLI::IsMember({"blocking", "warning", "advice", "never"}))
      ->default_str("blocking");
  command.add_option("--stdin-filename", o->stdin_filename,
                     "The name to show for a proposal read from standard input (-)")
      ->type_name("NAME");
  command.add_option("--today", o->today,
                     "The date to judge waiver expiry against, for reproducible runs (default: today)")
      ->type_name("YYYY-MM-DD");
  return [o] { return run(*o); };
}

}  // namespace coprod::cli
