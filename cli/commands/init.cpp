// coprod init [FILE]: writes a commented starter proposal.

#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "commands/commands.h"
#include "commands/run_options.h"
#include "load/starter.h"

namespace coprod::cli {
namespace {

struct InitOptions {
  std::string file = "proposal.yaml";
  bool force = false;
};

int run(const InitOptions& o) {
  std::error_code ec;
  if (o.file != "-" && std::filesystem::exists(o.file, ec) && !o.force) {
    fmt::print(stderr, "coprod init: {} already exists; use --force to replace it\n", o.file);
    return kExitError;
  }
  if (!write_output(o.file, starter_proposal(Date::today()), "init", {})) return kExitError;
  if (o.file == "-") return kExitOk;
  fmt::print(stderr, "Wrote {}. Fill it in, then run: coprod check {}\n", o.file, o.file);
  return kExitOk;
}

}  // namespace

Run setup_init(CLI::App& command) {
  auto o = std::make_shared<InitOptions>();
  command.footer(
      "Examples:\n"
      "  coprod init                     write proposal.yaml\n"
      "  coprod init papers/clinic.yaml  write it elsewhere\n"
      "  coprod init -                   print it instead");
  command.add_option("file", o->file, "Where to write it; - prints it (default: proposal.yaml)")
      ->type_name("FILE|-");
  command.add_flag("--force", o->force, "Replace FILE if it exists");
  return [o] { return run(*o); };
}

}  // namespace coprod::cli
