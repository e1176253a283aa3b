// coprod appendix FILE: the co-production statement that prefaces a business
// case, rendered from a template with the real check's verdict and conditions.

#include <filesystem>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "check/check.h"
#include "commands/commands.h"
#include "core/output.h"
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
  std::string fail_on = "blocking";
  std::string stdin_filename = "<stdin>";
  std::string today;
};

Loaded load_one(const AppendixOptionsCli& o) {
  std::error_code ec;
  const std::vector<Input> inputs = expand_inputs({o.path}, o.stdin_filename);
  if (inputs.size() != 1 || std::filesystem::is_directory(o.path, ec)) {
    Loaded loaded;
    loaded.file = o.path;
    loaded.errors.push_back(
        {{}, inputs.empty() ? "there is no proposal file here (looked for *.yaml and *.yml)"
                            : "an appendix is for one proposal: give one file, not a folder of them"});
    return loaded;
  }
  const Input& input = inputs.front();
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

Markup markup_for(const AppendixOptionsCli& o) {
  if (!o.format_given &&
      (o.template_name.ends_with(".html.mustache") || o.template_name.ends_with(".html")))
    return Markup::html;
  return o.format == "html" ? Markup::html : Markup::markdown;
}

int run(const AppendixOptionsCli& o) {
  CheckOptions check_options;
  if (!o.today.empty()) {
    auto today = Date::parse(o.today);
    if (!today) {
      fmt::print(stderr, "coprod appendix: --today must be a date written YYYY-MM-DD, not `{}`\n", o.today);
      return kExitError;
    }
    check_options.today = *today;
  }

  // The template first: a wrong name is reported before any work is done.
  const Markup markup = markup_for(o);
  const auto template_file = find_template(o.template_name, markup, template_dirs());

  Loaded loaded = load_one(o);
  if (!loaded.ok()) {
    for (const Error& e : loaded.errors) fmt::print(stderr, "{}\n", text_line(loaded.file, e));
    fmt::print(stderr, "coprod appendix: no appendix was written for {}\n", loaded.file);
    return kExitError;
  }
  const Result result = check(std::move(loaded), check_options);
  AppendixOptions appendix_options;
  appendix_options.redact = !o.no_redact;
  appendix_options.ladder_svg = markup == Markup::html;
  const std::string text = render_template(template_file, markup, appendix_data(result, appendix_options));

  if (o.output.empty()) {
    std::cout << text;
  } else {
    AtomicFile file(o.output);
    if (file.error()) {
      fmt::print(stderr, "coprod appendix: {}\n", *file.error());
      return kExitError;
    }
    file.stream() << text;
    if (auto problem = file.commit()) {
      fmt::print(stderr, "coprod appendix: {}\n", *problem);
      return kExitError;
    }
  }
  return exit_status(result, o.fail_on == "never" ? std::nullopt : parse_severity(o.fail_on));
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
      "Templates are looked up in $COPROD_TEMPLATE_DIR, then coprod's own templates folder.\n\n"
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
