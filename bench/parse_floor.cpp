// The floor for coprod's YAML dependency: parse the same files and do nothing
// else, single-threaded, so the benchmark can show what checking adds on top.
//
//   parse_floor [--mode node|events|tree] FILE|DIR …
//
//   node    YAML::LoadFile into yaml-cpp's YAML::Node trees (what a program
//           using yaml-cpp the usual way pays);
//   events  yaml-cpp's event parser with a handler that does nothing (the
//           scanner and parser alone);
//   tree    coprod's own tree built from those events (lib/load/yaml_tree).

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

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

std::size_t count_nodes(const YAML::Node& node) {
  std::size_t n = 1;
  if (node.IsMap())
    for (const auto& pair : node) n += count_nodes(pair.first) + count_nodes(pair.second);
  else if (node.IsSequence())
    for (const auto& item : node) n += count_nodes(item);
  return n;
}

struct Count : YAML::EventHandler {
  std::size_t n = 0;
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++n; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++n; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { ++n; }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { ++n; }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { ++n; }
  void OnMapEnd() override {}
};

}  // namespace

int main(int argc, char** argv) {
  std::string_view mode = "node";
  int first = 1;
  if (argc > 2 && std::string_view(argv[1]) == "--mode") {
    mode = argv[2];
    first = 3;
  }
  if (first >= argc || (mode != "node" && mode != "events" && mode != "tree")) {
    std::fprintf(stderr, "usage: parse_floor [--mode node|events|tree] FILE|DIR …\n");
    return 2;
  }

  std::size_t files = 0, nodes = 0, errors = 0;
  std::string text;
  for (const std::string& file : yaml_files(argc, argv, first)) {
    ++files;
    try {
      if (mode == "node") {
        nodes += count_nodes(YAML::LoadFile(file));
      } else if (mode == "events") {
        std::ifstream in(file, std::ios::binary);
        YAML::Parser parser(in);
        Count count;
        while (parser.HandleNextDocument(count)) {}
        nodes += count.n;
      } else {
        if (coprod::read_file(file, text, coprod::LoadOptions{}.max_bytes)) {
          ++errors;
          continue;
        }
        auto doc = coprod::yaml::parse(text);
        if (auto* d = std::get_if<coprod::yaml::Document>(&doc)) nodes += d->node_count();
        else ++errors;
      }
    } catch (const YAML::Exception&) {
      ++errors;
    }
  }
  std::printf("%zu files, %zu nodes, %zu not parsed (%.*s)\n", files, nodes, errors,
              int(mode.size()), mode.data());
  return 0;
}
