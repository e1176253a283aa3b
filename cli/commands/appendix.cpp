// coprod appendix FILE: the co-production statement that prefaces a business
// case, rendered from a template with the real check's verdict and conditions.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

#include <unistd.h>

#include <fmt/format.h>

#include "check/check.h"
#include "commands/commands.h"
#include "commands/run_options.h"
#include "core/paths.h"
#include "load/inputs.h"
#include "load/loader.h"
#include "render/appendix.h"
#include "render/builtin_templates.h"
#include "render/docx.h"
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
  if (!o.format_given) {
    if (o.template_name.ends_with(".html.mustache") || o.template_name.ends_with(".html")) return Markup::html;
    if (o.template_name.ends_with(".docx.mustache")) return Markup::docx;
  }
  if (o.format == "html") return Markup::html;
  if (o.format == "docx") return Markup::docx;
  return Markup::markdown;
}

// A Word template's styles part: NAME.styles.xml beside NAME.docx.mustache,
// or built in beside a built-in template.
std::string styles_for(const Template& word_template) {
  std::string file = word_template.file;
  constexpr std::string_view kEnd = ".docx.mustache";
  if (file.ends_with(kEnd)) file.resize(file.size() - kEnd.size());
  file += ".styles.xml";
  constexpr std::string_view kBuiltin = "<built-in>/";
  if (file.starts_with(kBuiltin)) {
    for (const BuiltinTemplate& t : builtin_templates())
      if (t.path == file.substr(kBuiltin.size())) return std::string(t.text);
  } else if (std::error_code ec; std::filesystem::exists(file, ec)) {
    return read_template_file(file).text;
  }
  throw std::runtime_error(fmt::format("the Word template `{}` needs its styles beside it, in `{}`",
                                       word_template.file, file));
}

int run(const AppendixOptionsCli& o) {
  const RunSetup setup = prepare_run(o.run, "appendix");

  // The template first: a wrong name is reported before any work is done.
  const Markup markup = markup_for(o);
  const Template appendix_template = find_template(o.template_name, markup, template_dirs());
  std::string styles;
  if (markup == Markup::docx) {
    styles = styles_for(appendix_template);
    if ((o.output.empty() || o.output == "-") && isatty(fileno(stdout)))
      throw CommandError("a Word document is a binary file: give -o FILE (or redirect the output)");
  }

  const Input input{o.path == "-" ? o.stdin_filename : o.path, o.path == "-", std::nullopt};
  CheckOptions check_options = setup.check;
  check_options.redact = !o.no_redact;
  const Result result = check(load_one(input, o.load), check_options);
  if (!result.proposal) {
    std::vector<std::string> errors;
    for (const Error& e : result.errors) errors.push_back(text_line(result.file, e));
    throw CommandError(fmt::format("no appendix was written for {}", result.file), std::move(errors));
  }
  const int notices_status = report_notices(setup);
  AppendixOptions appendix_options;
  appendix_options.redact = !o.no_redact;
  appendix_options.ladder_svg = markup == Markup::html;
  appendix_options.checked_on = setup.check.today;
  const kainjow::mustache::data data = appendix_data(result, appendix_options);
  std::string text = render_template(appendix_template, markup, data);
  if (markup == Markup::docx) {
    const auto& title = data.get("title");
    text = docx_package({std::move(text), std::move(styles),
                         title != nullptr && title->is_string() ? title->string_value() : std::string()});
  }

  write_output(o.output, text, {input});
  return std::max(notices_status, exit_status(result, setup.fail_on));
}

}  // namespace

Run setup_appendix(CLI::App& command) {
  auto o = std::make_shared<AppendixOptionsCli>();
  command.footer(
      "Examples:\n"
      "  coprod appendix proposal.yaml                     Markdown, to paste into a business case\n"
      "  coprod appendix proposal.yaml --format html -o appendix.html\n"
      "                                                    one printable page with the ladder chart\n"
      "  coprod appendix proposal.yaml --format docx -o appendix.docx\n"
      "                                                    a Word document for the board pack\n"
      "  coprod appendix proposal.yaml --template you-said-we-did --format html\n"
      "                                                    the \"you said, we did\" page for the people\n"
      "                                                    who took part, in plain language\n"
      "  coprod appendix proposal.yaml --template gripp2-sf\n"
      "                                                    the GRIPP2 short form, for a paper\n"
      "  coprod appendix proposal.yaml --template ./ours.md.mustache\n"
      "                                                    your own template (see templates/)\n\n"
      "Personal data (e-mail addresses, phone and NHS numbers, postcodes) is redacted\n"
      "unless you give --no-redact; the appendix says how many items were redacted.\n"
      "A template name is looked up in $COPROD_TEMPLATE_DIR, then in the templates folder\n"
      "installed beside coprod, then among the templates built into coprod.\n"
      "A Word template NAME.docx.mustache is the document part; its styles are the\n"
      "NAME.styles.xml beside it, so copy both to use your trust's own styles.\n"
      "The configuration (.coprod.yaml or --config) applies as it does to `coprod check`.\n\n"
      "Exit status: as `coprod help` lists them; with 2 (an unknown template, a document\n"
      "that is not a valid proposal) nothing is written, and an existing --output file\n"
      "is left as it was.");
  command.add_option("path", o->path, "The proposal file, or - for standard input")
      ->required()
      ->type_name("FILE|-");
  command.add_option("-f,--format", o->format, "Output format")
      ->check(CLI::IsMember({"markdown", "html", "docx"}))
      ->default_str("markdown")
      ->type_name("FORMAT")
      ->each([o](const std::string&) { o->format_given = true; });
  command.add_option("-t,--template", o->template_name,
                     "A template name (appendix, you-said-we-did, gripp2-sf) or the path of your own template (*.mustache)")
      ->type_name("NAME|PATH")
      ->default_str("appendix");
  command.add_option("-o,--output", o->output,
                     "Write the appendix to FILE (whole or not at all) instead of the terminal")
      ->type_name("FILE");
  command.add_flag("--no-redact", o->no_redact,
                   "Show personal data instead of redacting it (board papers are published: take care)");
  add_input_options(command, o->stdin_filename, o->run, o->load);
  return [o] { return run(*o); };
}

}  // namespace coprod::cli
