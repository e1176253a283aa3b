// coprod report FILE|DIR …: one board-level view of many proposals, a
// red/amber/green grid of every checklist item with totals.

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "check/check.h"
#include "commands/commands.h"
#include "commands/run_options.h"
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
  std::string stdin_filename = "<stdin>";
  LoadOptions load;
  RunOptionsCli run;
  WalkOptionsCli walk;
};

int run(const ReportOptionsCli& o) {
  const RunSetup setup = prepare_run(o.run, "report");

  const Markup markup = o.format == "html" ? Markup::html : Markup::markdown;
  Template report_template;
  if (o.format != "json") report_template = find_template("portfolio", markup, template_dirs(), "report");

  std::error_code ec;
  Portfolio portfolio(!o.no_redact, std::filesystem::current_path(ec), setup.check.today);
  int status = report_notices(setup);
  CheckOptions check_options = setup.check;
  check_options.redact = !o.no_redact;
  const std::vector<Input> inputs = expand_inputs(o.paths, o.stdin_filename, walk_options(o.walk, setup, "report"));
  for (const Input& input : inputs) {
    const Result result = check(load_input(input, o.load), check_options);
    status = std::max(status, exit_status(result, setup.fail_on));
    portfolio.add(result);
  }

  const std::string text =
      o.format == "json" ? portfolio.json().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"
                         : render_template(report_template, markup, portfolio.template_data());
  write_output(o.output, text, inputs);
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
      "their first error. The configuration (.coprod.yaml or --config) applies as it\n"
      "does to `coprod check`.\n\n"
      "Exit status: as `coprod help` lists them; with 2 for a document that is not a\n"
      "valid proposal, the report is still written.");
  command.add_option("paths", o->paths, "Proposal files, folders of them, or - for standard input")
      ->required()
      ->type_name("FILE|DIR|-");
  command.add_option("-f,--format", o->format, "Output format")
      ->check(CLI::IsMember({"markdown", "html", "json"}))
      ->default_str("markdown")
      ->type_name("FORMAT");
  command.add_option("-o,--output", o->output,
                     "Write the report to FILE (whole or not at all) instead of the terminal")
      ->type_name("FILE");
  command.add_flag("--no-redact", o->no_redact, "Show personal data in titles and errors instead of redacting it");
  add_input_options(command, o->stdin_filename, o->run, o->load);
  add_walk_options(command, o->walk);
  return [o] { return run(*o); };
}

}  // namespace coprod::cli
