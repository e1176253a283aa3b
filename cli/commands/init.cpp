// coprod init [FILE]: writes a commented starter proposal.

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "commands/commands.h"
#include "commands/run_options.h"
#include "core/paths.h"
#include "load/starter.h"

namespace coprod::cli {
namespace {

struct InitOptions {
  std::string file = "proposal.yaml";
  bool force = false;
};

// How to run this coprod again: `coprod` when that is what the PATH finds,
// else the path it was started by (`build/cli/coprod`).
std::string next_command_name() {
  const std::string& typed = invoked_as();
  if (typed.find('/') == std::string::npos) return "coprod";
  const std::string self = executable_path();
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path != nullptr ? path : "");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    std::error_code ec;
    if (!dir.empty() && !self.empty() && std::filesystem::equivalent(std::filesystem::path(dir) / "coprod", self, ec))
      return "coprod";
  }
  return typed;
}

int run(const InitOptions& o) {
  std::error_code ec;
  if (o.file != "-" && std::filesystem::exists(o.file, ec) && !o.force)
    throw CommandError(fmt::format("{} already exists; use --force to replace it", o.file));
  write_output(o.file, starter_proposal(Date::today()), {});
  if (o.file == "-") return kExitOk;
  fmt::print(stderr, "Wrote {}. Fill it in, then run: {} check {}\n", o.file, next_command_name(), o.file);
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
