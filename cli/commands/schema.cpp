// coprod schema [--config] [--format json|markdown]: the JSON Schema of the
// proposal format (or of .coprod.yaml), or the proposal format's reference
// tables as docs/format.md holds them, generated from the definitions the
// loader validates with.

#include <iostream>
#include <memory>

#include "commands/commands.h"
#include "config/schema.h"
#include "load/format_doc.h"
#include "load/json_schema.h"
#include "load/schema.h"

namespace coprod::cli {
namespace {

struct SchemaOptions {
  bool config = false;
  std::string format = "json";
};

int run(const SchemaOptions& o) {
  if (o.format == "markdown") {
    std::cout << format::reference_markdown();
    return kExitOk;
  }
  const format::SchemaInfo info =
      o.config ? format::SchemaInfo{"urn:coprod:schema:config:1",
                                    "coprod configuration (.coprod.yaml), version 1",
                                    "Settings shared by every coprod run in a repository."}
               : format::SchemaInfo{"urn:coprod:schema:proposal:1",
                                    "coprod proposal, format version 1",
                                    "The co-production evidence behind a health or care "
                                    "proposal, as `coprod check` reads it."};
  const auto& shape = o.config ? config::config_document() : format::proposal_document();
  std::cout << format::json_schema(shape, info).dump(2) << '\n';
  return kExitOk;
}

}  // namespace

Run setup_schema(CLI::App& command) {
  auto o = std::make_shared<SchemaOptions>();
  command.footer(
      "Examples:\n"
      "  coprod schema > coprod-proposal.schema.json\n"
      "  coprod schema --config > coprod-config.schema.json\n"
      "  coprod schema --format markdown    (the reference tables of docs/format.md)\n\n"
      "Point an editor at it with a first line `# yaml-language-server: $schema=PATH`\n"
      "(see docs/ci.md in coprod's sources).");
  auto* config = command.add_flag("--config", o->config,
                                  "Print the schema of the configuration file .coprod.yaml instead");
  command.add_option("--format", o->format,
                     "json (the JSON Schema, the default) or markdown (the proposal format's "
                     "reference tables, for people)")
      ->check(CLI::IsMember({"json", "markdown"}))
      ->excludes(config);
  return [o] { return run(*o); };
}

}  // namespace coprod::cli
