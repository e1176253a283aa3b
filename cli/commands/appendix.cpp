// coprod appendix FILE: the co-production statement that prefaces a business
// case, rendered from a template with the real check's verdict and conditions.

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "check/check.h"
#include "commands/commands.h"
#include "commands/limits.h"
#include "commands/run_options.h"
#include "core/paths.h"
#include "load/inputs.h"
#include "load/loader.h"
#include "render/appendix.h"
#include "render/templates.h"
#include "render/text.h"

namespace coprod::cli {
namespace {

struct AppendixOptionsCli {
  std::string path;
  std::string format = "markdown";
  bool format_given = false;
  std::string template_name = "appendix";
  std::string output;
  bool no_redact = false;
  std::string stdin_filename = "<stdin>";
  LoadOptions load;
  RunOptionsCli run;
};

// An appendix is for one proposal: a folder is refused, not walked.
Loaded load_one(const Input& input, const LoadOptions& options) {
  std::error_code ec;
  if (!input.is_stdin && std::filesystem::is_directory(input.path, ec)) {
    Loaded loaded;
    loaded.file = input.path;
    loaded.errors.push_back(
        {{}, "an appendix is for one proposal: give one file, not a folder of them", ErrorKind::io});
    return loaded;
  }
  return load_input(input, options);
}

Markup markup_for(const AppendixOptionsCli& o) {
  if (!o.format_given &&
      (o.template_name.ends_with(".html.mustache") || o.template_name.ends_with(".html")))
    return Markup::html;
  return o.format == "html" ? Markup::html : Markup::markdown;
}

int run(const AppendixOptionsCli& o) {
  const auto setup = prepare_run(o.run, "appendix");
  if (!setup) return kExitError;

  // The template first: a wrong name is reported before any work is done.
  const Markup markup = markup_for(o);
  const auto template_file = find_template(o.template_name, markup, template_dirs());

  const Input input{o.path == "-" ? o.stdin_filename : o.path, o.path == "-", std::nullopt};
  Loaded loaded = load_one(input, o.load);
  if (!loaded.ok()) {
    for (const Error& e : loaded.errors) fmt::print(stderr, "{}\n", text_line(loaded.file, e));
    fmt::print(stderr, "coprod appendix: no appendix was written for {}\n", loaded.file);
    return kExitError;
  }
  const int notices_status = report_notices(*setup);
  const Result result = check(std::move(loaded), setup->check);
  AppendixOptions appendix_options;
  appendix_options.redact = !o.no_redact;
  appendix_options.ladder_svg = markup == Markup::html;
  const std::string text = render_template(template_file, markup, appendix_data(result, appendix_options));

  if (!write_output(o.output, text, "appendix", {input}))
    return kExitError;
  return std::max(notices_status, exit_status(result, setup->fail_on));
}

}  // namespace

Run setup_appendix(CLI::App& command) {
  auto o = std::make_shared<AppendixOptionsCli>();
  command.footer(
      "Examples:\n"
      "  coprod appendix proposal.yaml                     Markdown, to paste into a business case\n"
      "  coprod appendix proposal.yaml --format html -o appendix.html\n"
      "                                                    one printable page with the ladder chart\n"
      "  coprod appendix proposal.yaml --template gripp2-sf\n"
      "                                                    the GRIPP2 short form, for a paper\n"
      "  coprod appendix proposal.yaml --template ./ours.md.mustache\n"
      "                                                    your own template (see templates/)\n\n"
      "Personal data (e-mail addresses, phone and NHS numbers, postcodes) is redacted\n"
      "unless you give --no-redact; the appendix says how many items were redacted.\n"
      "Templates are looked up in $COPROD_TEMPLATE_DIR, then coprod's own templates folder.\n"
      "The configuration (.coprod.yaml or --config) applies as it does to `coprod check`.\n\n"
      "Exit status: 0 written; 1 written, with a finding at or above --fail-on;\n"
      "2 a usage error, an unknown template, or a document that is not a valid proposal\n"
      "(then nothing is written, and an existing --output file is left as it was).");
  command.add_option("path", o->path, "The proposal file, or - for standard input")
      ->required()
      ->type_name("FILE|-");
  command.add_option("-f,--format", o->format, "Output format")
      ->check(CLI::IsMember({"markdown", "html"}))
      ->default_str("markdown")
      ->each([o](const std::string&) { o->format_given = true; });
  command.add_option("-t,--template", o->template_name,
                     "A template name (appendix, gripp2-sf) or the path of your own template (*.mustache)")
      ->type_name("NAME|PATH")
      ->default_str("appendix");
  command.add_option("-o,--output", o->output,
                     "Write the appendix to FILE (whole or not at all) instead of the terminal")
      ->type_name("FILE");
  command.add_flag("--no-redact", o->no_redact,
                   "Show personal data instead of redacting it (board papers are published: take care)");
  command.add_option("--stdin-filename", o->stdin_filename,
                     "The name to show for a proposal read from standard input (-)")
      ->type_name("NAME");
  add_run_options(command, o->run);
  add_max_file_size(command, o->load.max_bytes);
  return [o] { return run(*o); };
}

}  // namespace coprod::cli
