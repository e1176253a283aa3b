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
  std::string detail = "board";
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
  // A trust's own Word file as the template: its styles, with the built-in
  // appendix as the document.
  const bool word_file = o.template_name.ends_with(".docx") || o.template_name.ends_with(".dotx");
  const Markup markup = word_file ? Markup::docx : markup_for(o);
  if (word_file && o.format_given && o.format != "docx")
    throw CommandError(fmt::format("a Word file as the template makes a Word document: give --format docx, "
                                   "or leave --format out"));
  const Template appendix_template =
      find_template(word_file ? std::string("appendix") : o.template_name, markup, template_dirs());
  std::string styles;
  if (markup == Markup::docx) {
    if (word_file) {
      if (!std::filesystem::is_regular_file(o.template_name))
        throw CommandError(fmt::format("the Word template `{}` was not found", o.template_name));
      styles = docx_part(o.template_name, "word/styles.xml");
      if (styles.empty())
        throw CommandError(fmt::format("the Word template `{}` has no styles (word/styles.xml)", o.template_name));
    } else {
      styles = styles_for(appendix_template);
    }
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
  appendix_options.full = o.detail == "full";
  appendix_options.ladder_svg = markup == Markup::html;
  appendix_options.checked_on = setup.check.today;
  const kainjow::mustache::data data = appendix_data(result, appendix_options);
  std::string text = render_template(appendix_template, markup, data);
  if (markup == Markup::docx) {
    const auto string_of = [&data](const char* key) {
      const auto* value = data.get(key);
      return value != nullptr && value->is_string() ? value->string_value() : std::string();
    };
    // The board's paper says when it was checked; a page for the people who
    // took part says whose it is.
    const bool for_participants =
        o.template_name.starts_with("you-said-we-did") || o.template_name.starts_with("easy-read");
    text = docx_package({std::move(text), std::move(styles), string_of("title"), string_of("id"),
                         for_participants ? string_of("organisation") : "Checked " + string_of("checked_on")});
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
      "  coprod appendix proposal.yaml --detail full --format html -o detail.html\n"
      "                                                    everything the check found, for the author\n"
      "  coprod appendix proposal.yaml --template you-said-we-did --format html\n"
      "                                                    the \"you said, we did\" page for the people\n"
      "                                                    who took part, in plain language\n"
      "  coprod appendix proposal.yaml --template easy-read --format docx -o easy-read.docx\n"
      "                                                    the same in easy read: short sentences,\n"
      "                                                    16 pt, a space for a picture by each point\n"
      "  coprod appendix proposal.yaml --template gripp2-sf\n"
      "                                                    the GRIPP2 short form, for a paper\n"
      "  coprod appendix proposal.yaml --template ./ours.md.mustache\n"
      "                                                    your own template (see templates/)\n\n"
      "Personal data (e-mail addresses, phone and NHS numbers, postcodes) is redacted\n"
      "unless you give --no-redact; the appendix says how many items were redacted.\n"
      "A template name is looked up in $COPROD_TEMPLATE_DIR, then in the templates folder\n"
      "installed beside coprod, then among the templates built into coprod.\n"
      "A Word template NAME.docx.mustache is the document part; its styles are the\n"
      "NAME.styles.xml beside it, so copy both to use your trust's own styles. Or give\n"
      "a Word file of the trust's (--template ours.dotx): its styles are used instead.\n"
      "--detail board (the default) is what the board decides on: the verdict and its\n"
      "reason, the checklist, what is not met, dissent, \"you said, we did\" and what\n"
      "continues. --detail full adds every table and finding, and the advice.\n"
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
                     "A template name (appendix, you-said-we-did, easy-read, gripp2-sf), the path of your own template "
                     "(*.mustache), or a Word file (*.docx, *.dotx) whose styles the Word appendix takes")
      ->type_name("NAME|PATH")
      ->default_str("appendix");
  command.add_option("-o,--output", o->output,
                     "Write the appendix to FILE (whole or not at all) instead of the terminal")
      ->type_name("FILE");
  command.add_option("--detail", o->detail,
                     "board: what the board decides on, in two or three pages; full: every table, finding "
                     "and piece of advice, for the proposal's author")
      ->check(CLI::IsMember({"board", "full"}))
      ->default_str("board")
      ->type_name("LEVEL");
  command.add_flag("--no-redact", o->no_redact,
                   "Show personal data instead of redacting it (board papers are published: take care)");
  add_input_options(command, o->stdin_filename, o->run, o->load);
  return [o] { return run(*o); };
}

}  // namespace coprod::cli
