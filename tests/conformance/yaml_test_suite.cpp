// Runs every case of the YAML test suite (github.com/yaml/yaml-test-suite,
// data branch) through coprod's loader: a text the suite marks invalid
// (`error` beside `in.yaml`) must give an error of kind `syntax`; a valid one
// must give none (it gets `format` errors instead, as it is not a proposal).
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
#include <vector>

#include "load/loader.h"

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
  int invalid = 0, refused = 0, valid = 0, read = 0;
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
    }
  }
  std::printf("yaml-test-suite: %d of %d invalid texts refused with a syntax error; %d of %d "
              "valid texts read without one\n",
              refused, invalid, read, valid);
  for (const std::string& w : wrong) std::printf("  %s\n", w.c_str());
  return wrong.empty() ? 0 : 1;
}
