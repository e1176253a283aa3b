// coprod init [FILE]: writes a commented starter proposal.

#include <filesystem>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "commands/commands.h"
#include "core/output.h"
#include "load/starter.h"

namespace coprod::cli {
namespace {

struct InitOptions {
  std::string file = "proposal.yaml";
  bool force = false;
};

int run(const InitOptions& o) {
  const std::string text = starter_proposal(Date::today());
  if (o.file == "-") {
    std::cout << text;
    return kExitOk;
  }
  std::error_code ec;
  if (std::filesystem::exists(o.file, ec) && !o.force) {
    fmt::print(stderr, "coprod init: {} already exists; use --force to replace it\n", o.file);
    return kExitError;
  }
  AtomicFile file(o.file);
  file.stream() << text;
  if (auto problem = file.commit()) {
    fmt::print(stderr, "coprod init: {}\n", *problem);
    return kExitError;
  }
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
