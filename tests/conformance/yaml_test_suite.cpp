// Runs every case of the YAML test suite (github.com/yaml/yaml-test-suite,
// data branch) through coprod's loader: a text the suite marks invalid
// (`error` beside `in.yaml`) must give an error of kind `syntax`; a valid one
// must give none (it gets `format` errors instead, as it is not a proposal).
// For each valid text coprod's tree reads, every value must also be the text
// libfyaml itself gives for it: coprod takes a plain value on one line
// straight from the file (lib/load/yaml_tree.cpp), and this is what says
// that reading is libfyaml's.
//
//   yaml_test_suite DATA_DIR
//
// Exits 77 (skipped) when DATA_DIR does not exist.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unordered_set>
#include <vector>

#include <libfyaml.h>

#include "load/loader.h"
#include "load/yaml_tree.h"

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A case is a folder with `in.yaml`; some hold numbered sub-cases instead.
std::vector<fs::path> cases(const fs::path& data) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(data))
    if (entry.is_regular_file() && entry.path().filename() == "in.yaml")
      out.push_back(entry.path().parent_path());
  std::sort(out.begin(), out.end());
  return out;
}

// Every scalar's text as libfyaml gives it, in document order, in the first
// document.
std::vector<std::string> libfyaml_values(const std::string& text) {
  std::vector<std::string> out;
  // Diagnostics collected, never printed, as coprod's loader does (libfyaml's
  // printing of the source line is where its known memory errors are).
  fy_diag_cfg diag_cfg;
  fy_diag_cfg_default(&diag_cfg);
  diag_cfg.fp = nullptr;
  diag_cfg.output_fn = [](fy_diag*, void*, const char*, std::size_t) {};
  diag_cfg.level = FYET_ERROR;
  diag_cfg.show_source = false;
  fy_diag* diag = fy_diag_create(&diag_cfg);
  if (diag == nullptr) return out;
  fy_parse_cfg cfg{};
  cfg.flags = fy_parse_cfg_flags(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE);
  cfg.diag = diag;
  fy_parser* parser = fy_parser_create(&cfg);
  if (parser == nullptr) {
    fy_diag_destroy(diag);
    return out;
  }
  if (fy_parser_set_string(parser, text.data(), text.size()) == 0) {
    int documents = 0;
    while (fy_event* event = fy_parser_parse(parser)) {
      if (event->type == FYET_DOCUMENT_START) ++documents;
      if (event->type == FYET_SCALAR && documents <= 1) {
        std::size_t length = 0;
        const char* value = fy_token_get_text(event->scalar.value, &length);
        out.emplace_back(value == nullptr ? "" : std::string(value, length));
      }
      fy_parser_event_free(parser, event);
    }
  }
  fy_parser_destroy(parser);
  fy_diag_destroy(diag);
  return out;
}

// The tree's scalars (and nulls) in document order; an alias, which shares
// its anchored node, is not a scalar of its own in libfyaml's events.
void tree_values(const coprod::yaml::Node& node, std::unordered_set<const coprod::yaml::Node*>& seen,
                 std::vector<const coprod::yaml::Node*>& out) {
  if (node.anchored && !seen.insert(&node).second) return;
  if (node.is_sequence() || node.is_mapping()) {
    for (const coprod::yaml::Node* item : node.items) tree_values(*item, seen, out);
    return;
  }
  out.push_back(&node);
}

// Where coprod's values differ from libfyaml's, if anywhere.
std::string values_differ(const std::string& text) {
  auto parsed = coprod::yaml::parse(text);
  const auto* doc = std::get_if<coprod::yaml::Document>(&parsed);
  // Not read as a tree (a second document, say), or `!!binary`, which coprod
  // decodes: nothing to compare.
  if (doc == nullptr || text.find("!!binary") != std::string::npos) return {};
  const std::vector<std::string> expected = libfyaml_values(text);
  std::unordered_set<const coprod::yaml::Node*> seen;
  std::vector<const coprod::yaml::Node*> got;
  tree_values(doc->root(), seen, got);
  if (got.size() != expected.size())
    return "coprod read " + std::to_string(got.size()) + " values, libfyaml " +
           std::to_string(expected.size());
  for (std::size_t i = 0; i < got.size(); ++i)
    if (got[i]->is_scalar() && got[i]->value != expected[i])
      return "value " + std::to_string(i + 1) + " is \"" + std::string(got[i]->value) +
             "\", libfyaml's \"" + expected[i] + "\"";
  return {};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: yaml_test_suite DATA_DIR\n");
    return 2;
  }
  const fs::path data = argv[1];
  if (!fs::is_directory(data)) {
    std::printf("yaml-test-suite: skipped: %s is not there (the suite's data branch, beside the "
                "source folder as shared/yaml-test-suite)\n",
                data.c_str());
    return 77;
  }
  int invalid = 0, refused = 0, valid = 0, read = 0, same_values = 0;
  std::vector<std::string> wrong;
  for (const fs::path& dir : cases(data)) {
    const bool should_fail = fs::exists(dir / "error");
    const std::string text = slurp(dir / "in.yaml");
    const coprod::Loaded loaded = coprod::load_text(text, "in.yaml", ".");
    const auto syntax = std::find_if(loaded.errors.begin(), loaded.errors.end(), [](const auto& e) {
      return e.kind == coprod::ErrorKind::syntax;
    });
    const std::string name = fs::relative(dir, data).string();
    if (should_fail) {
      ++invalid;
      if (syntax != loaded.errors.end()) ++refused;
      else wrong.push_back(name + ": invalid YAML read without a syntax error");
    } else {
      ++valid;
      if (syntax == loaded.errors.end()) ++read;
      else wrong.push_back(name + ": valid YAML refused: " + syntax->message);
      if (const std::string differ = values_differ(text); !differ.empty()) {
        wrong.push_back(name + ": " + differ);
      } else {
        ++same_values;
      }
    }
  }
  std::printf("yaml-test-suite: %d of %d invalid texts refused with a syntax error; %d of %d "
              "valid texts read without one, %d with every value as libfyaml reads it\n",
              refused, invalid, read, valid, same_values);
  for (const std::string& w : wrong) std::printf("  %s\n", w.c_str());
  return wrong.empty() ? 0 : 1;
}
