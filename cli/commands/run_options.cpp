#include "commands/run_options.h"

#include <algorithm>
#include <iostream>
#include <iterator>

#include <fmt/format.h>

#include "commands/commands.h"
#include "commands/limits.h"
#include "config/config.h"
#include "config/schema.h"
#include "core/output.h"
#include "core/same_file.h"
#include "render/catalogue.h"
#include "render/render.h"
#include "render/text.h"
#include "rules/registry.h"

namespace coprod::cli {
namespace {

// The configuration for this run: --config FILE, else the nearest
// .coprod.yaml, else none. A configuration that is not valid stops the run.
std::optional<Config> run_config(const RunOptionsCli& o, std::string_view command) {
  if (o.no_config) {
    if (o.verbose) fmt::print(stderr, "coprod {}: no configuration (--no-config)\n", command);
    return std::nullopt;
  }
  std::optional<std::string> path = o.config;
  if (o.config.empty()) path = find_config(".");
  if (o.verbose)
    fmt::print(stderr, "coprod {}: {}\n", command,
               path ? fmt::format("configuration {}", *path)
                    : std::string("no configuration: no .coprod.yaml in this folder or above it, "
                                  "up to the repository's root"));
  if (!path) return std::nullopt;
  LoadedConfig loaded = load_config(*path);
  if (!loaded.config) {
    std::vector<std::string> errors;
    for (const Error& e : loaded.errors) errors.push_back(text_line(*path, e));
    throw CommandError(fmt::format("{} is not a valid configuration (see `coprod schema --config`, "
                                   "or docs/ci.md in coprod's sources)",
                                   *path),
                       std::move(errors));
  }
  return std::move(loaded.config);
}

}  // namespace

void add_run_options(CLI::App& command, RunOptionsCli& o) {
  command.add_option("--framework", o.frameworks,
                     "Check against this framework; repeat for more, in the order to show them: "
                     "board-assurance, legal-duties, nhse-principles (default: the "
                     "configuration's frameworks, else board-assurance). `coprod rules` lists "
                     "each framework's rules")
      ->type_name("FRAMEWORK")
      ->allow_extra_args(false);
  command.add_option("--fail-on", o.fail_on,
                     "Lowest severity that makes the exit status 1: blocking, warning, advice, or "
                     "never to exit 0 for every valid proposal (default: the configuration's "
                     "fail_on, else blocking)")
      ->check(CLI::IsMember(
          std::vector<std::string>(std::begin(config::kFailLevels), std::end(config::kFailLevels))))
      ->type_name("LEVEL");
  command.add_option("--today", o.today,
                     "The date to judge waiver expiry against, for reproducible runs "
                     "(default: today)")
      ->type_name("YYYY-MM-DD");
  auto* config = command.add_option("--config", o.config,
                     "Read settings from FILE instead of the nearest .coprod.yaml in this "
                     "folder or a folder above it (never above the repository's root, the "
                     "folder holding .git)")
      ->type_name("FILE");
  command.add_flag("--no-config", o.no_config, "Use no configuration file at all")->excludes(config);
  command.add_flag("-v,--verbose", o.verbose,
                   "Say on standard error which configuration file is used, and which files and "
                   "folders a folder walk skipped");
  command.add_flag("--no-waivers", o.no_waivers,
                   "Ignore every waiver, in proposals and in the configuration, to see the run "
                   "without them (for audit)");
}

void add_input_options(CLI::App& command, std::string& stdin_filename, RunOptionsCli& run,
                       LoadOptions& load, std::string_view stdin_help) {
  command.add_option("--stdin-filename", stdin_filename, std::string(stdin_help))->type_name("NAME");
  add_run_options(command, run);
  add_max_file_size(command, load.max_bytes);
}

RunSetup prepare_run(const RunOptionsCli& o, std::string_view command) {
  RunSetup setup;
  if (!o.today.empty()) {
    auto today = Date::parse(o.today);
    if (!today)
      throw CommandError(fmt::format("--today must be a date written YYYY-MM-DD, not `{}`", o.today));
    setup.check.today = *today;
  }

  const std::optional<Config> config = run_config(o, command);
  setup.verbose = o.verbose;
  if (config) {
    setup.config_file = config->file;
    for (const std::string& glob : config->exclude)
      setup.exclude.push_back({glob, config->folder, fmt::format("`exclude:` in {}", config->file)});
    setup.check.severity = config->severity;
    if (!o.no_waivers) setup.check.file_waivers = file_waivers(*config);
    setup.notices = config_notices(*config, setup.check.today);
  }
  setup.check.apply_waivers = !o.no_waivers;

  const std::vector<std::string> ids =
      !o.frameworks.empty() ? o.frameworks
      : config              ? config->frameworks
                            : std::vector<std::string>{std::string(default_framework().id)};
  for (const std::string& id : ids) {
    const Framework* framework = find_framework(id);
    if (framework == nullptr) throw CommandError(unknown_framework(id));
    if (std::find(setup.check.frameworks.begin(), setup.check.frameworks.end(), framework) ==
        setup.check.frameworks.end())
      setup.check.frameworks.push_back(framework);
  }

  const std::string fail_on = o.fail_on ? *o.fail_on
                              : (config && config->fail_on) ? *config->fail_on
                                                            : "blocking";
  if (fail_on != "never") setup.fail_on = parse_severity(fail_on);
  return setup;
}

void add_walk_options(CLI::App& command, WalkOptionsCli& o) {
  command.add_option("--exclude", o.exclude,
                     "Leave out of folder walks the files and folders this glob matches (*, ** and "
                     "?), relative to the current folder; a glob without a / matches a name at any "
                     "depth (--exclude mkdocs.yml, --exclude 'site/**'). Repeat it for more; "
                     "`exclude:` in .coprod.yaml adds to them")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  command.add_flag("--filter-named", o.filter_named,
                   "Filter the files named on the command line as a folder walk filters the "
                   "files it finds: skip those that are not proposals and those excluded (for "
                   "pre-commit, which names every changed YAML file)");
}

WalkOptions walk_options(const WalkOptionsCli& o, const RunSetup& setup, std::string_view command) {
  WalkOptions walk;
  walk.filter_named = o.filter_named;
  walk.exclude = setup.exclude;
  for (const std::string& glob : o.exclude) walk.exclude.push_back({glob, ".", "--exclude"});
  if (setup.verbose)
    walk.skipped = [command = std::string(command)](const std::string& path, const std::string& why) {
      fmt::print(stderr, "coprod {}: skipped {}: {}\n", command, path, why);
    };
  return walk;
}

int report_notices(const RunSetup& setup) {
  for (const Notice& n : setup.notices)
    fmt::print(stderr, "{}\n", text_line(n));
  return exit_status(setup.notices, setup.fail_on);
}

Loaded load_input(const Input& input, const LoadOptions& options) {
  if (input.problem) {
    Loaded loaded;
    loaded.file = input.path;
    loaded.errors.push_back({{}, *input.problem, ErrorKind::io});
    return loaded;
  }
  if (!input.is_stdin) return load_file(input.path, options);
  return load_stdin(input.path, options);
}

void write_output(const std::string& output, const std::string& text,
                  const std::vector<Input>& inputs) {
  if (output.empty() || output == "-") {
    std::cout << text;
    raise_if(flush_standard_output());
    return;
  }
  if (const OutputGuard guard({output}); guard.active())
    for (const Input& input : inputs) raise_if(input.is_stdin ? guard.check_stdin() : guard.check(input.path));
  AtomicFile file(output);
  raise_if(file.error());
  file.stream() << text;
  raise_if(file.commit());
}

}  // namespace coprod::cli
