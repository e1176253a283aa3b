// The floor for coprod's YAML dependency: parse the same files and do nothing
// else, single-threaded, so the benchmark can show what checking adds on top.
//
//   parse_floor [--mode events|tree] FILE|DIR …
//
//   events  libfyaml's event parser, each event freed as it comes (the
//           scanner and parser alone: what any program reading YAML with
//           libfyaml pays at least);
//   tree    coprod's own tree built from those events (lib/load/yaml_tree).
//
// Both read each file into memory first, as coprod does.

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <libfyaml.h>

#include "load/inputs.h"
#include "load/loader.h"
#include "load/yaml_tree.h"

namespace {

// The files as coprod lists them (lib/load/inputs.h), so both read the same
// ones; an input with a problem (a dangling link, a pipe) is skipped.
std::vector<std::string> yaml_files(int argc, char** argv, int first) {
  std::vector<std::string> files;
  for (const coprod::Input& input :
       coprod::expand_inputs(std::vector<std::string>(argv + first, argv + argc), "<stdin>"))
    if (!input.problem && !input.is_stdin) files.push_back(input.path);
  return files;
}

// Events in the text, or -1 when it is not valid YAML.
long count_events(const std::string& text) {
  fy_parse_cfg cfg{};
  cfg.flags = fy_parse_cfg_flags(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE);
  fy_parser* parser = fy_parser_create(&cfg);
  if (parser == nullptr || fy_parser_set_string(parser, text.data(), text.size()) != 0) return -1;
  long n = 0;
  while (fy_event* event = fy_parser_parse(parser)) {
    ++n;
    fy_parser_event_free(parser, event);
  }
  if (fy_parser_get_stream_error(parser)) n = -1;
  fy_parser_destroy(parser);
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  std::string_view mode = "events";
  int first = 1;
  if (argc > 2 && std::string_view(argv[1]) == "--mode") {
    mode = argv[2];
    first = 3;
  }
  if (first >= argc || (mode != "events" && mode != "tree")) {
    std::fprintf(stderr, "usage: parse_floor [--mode events|tree] FILE|DIR …\n");
    return 2;
  }

  std::size_t files = 0, nodes = 0, errors = 0;
  std::string text;
  for (const std::string& file : yaml_files(argc, argv, first)) {
    ++files;
    if (coprod::read_file(file, text, coprod::LoadOptions{}.max_bytes)) {
      ++errors;
      continue;
    }
    if (mode == "events") {
      const long n = count_events(text);
      if (n < 0) ++errors;
      else nodes += std::size_t(n);
    } else {
      auto doc = coprod::yaml::parse(text);
      if (auto* d = std::get_if<coprod::yaml::Document>(&doc)) nodes += d->node_count();
      else ++errors;
    }
  }
  std::printf("%zu files, %zu %s, %zu not parsed (%.*s)\n", files, nodes,
              mode == "events" ? "events" : "nodes", errors, int(mode.size()), mode.data());
  return 0;
}
