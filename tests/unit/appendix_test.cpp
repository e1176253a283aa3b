// Golden tests for `coprod appendix` and `coprod report`: the real binary on
// the examples and on tests/inputs/appendix/, every template in every format.
// COPROD_UPDATE_GOLDEN=1 rewrites tests/golden/ (then review the diff).

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "golden.h"

namespace coprod {
namespace {

namespace fs = std::filesystem;
using test::check_golden;
using test::slurp;

struct Ran {
  int status = -1;
  std::string out, err;
};

// Runs coprod from the source folder, so file names in outputs are relative.
Ran coprod(const std::string& args) {
  const fs::path dir = fs::temp_directory_path() / ("coprod-golden-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string command = "cd '" + std::string(COPROD_SOURCE_DIR) + "' && env -u COPROD_TEMPLATE_DIR '" +
                              std::string(COPROD_BINARY) + "' " + args + " >'" + (dir / "out").string() +
                              "' 2>'" + (dir / "err").string() + "'";
  const int raw = std::system(command.c_str());
  Ran ran;
  ran.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  ran.out = slurp(dir / "out");
  ran.err = slurp(dir / "err");
  fs::remove_all(dir);
  return ran;
}

fs::path golden(const std::string& name) { return test::test_data() / "golden" / name; }

// The proposals every template is tried on: the examples and our own inputs.
std::vector<std::string> proposals() {
  std::vector<std::string> files;
  const fs::path source = COPROD_SOURCE_DIR;
  for (const char* folder : {"examples", "tests/inputs/appendix"})
    for (const auto& entry : fs::directory_iterator(source / folder))
      if (entry.path().extension() == ".yaml")
        files.push_back(fs::relative(entry.path(), source).generic_string());
  std::sort(files.begin(), files.end());
  return files;
}

// A file that must survive a failed run untouched.
struct Keeper {
  fs::path path = fs::temp_directory_path() / ("coprod-keep-" + std::to_string(::getpid()) + ".txt");
  Keeper() { std::ofstream(path) << "the last good appendix\n"; }
  ~Keeper() { fs::remove(path); }
  bool untouched() const { return slurp(path) == "the last good appendix\n"; }
};

}  // namespace

TEST_CASE("appendix: every template in every format, on every proposal") {
  const std::vector<std::string> files = proposals();
  REQUIRE(files.size() >= 3);
  std::string statuses;
  for (const std::string& file : files) {
    const std::string stem = fs::path(file).stem().string();
    for (const char* tmpl : {"appendix", "gripp2-sf"})
      for (const char* format : {"markdown", "html"}) {
        const std::string args = "appendix " + file + " --today 2026-01-01 --template " + tmpl + " --format " + format;
        SUBCASE(args.c_str()) {
          const Ran ran = coprod(args);
          // An example that is not a valid proposal gets its errors, and no appendix.
          CHECK((ran.status == 2) == ran.out.empty());
          check_golden(golden("appendix/" + stem + "." + tmpl + (format[0] == 'h' ? ".html" : ".md")),
                       ran.status == 2 ? ran.err : ran.out);
        }
      }
    statuses += file + ": " + std::to_string(coprod("appendix " + file + " --today 2026-01-01").status) + "\n";
  }
  check_golden(golden("appendix/exit-statuses.txt"), statuses);
}

TEST_CASE("appendix: personal data is redacted and the redaction is said") {
  const Ran redacted = coprod("appendix tests/inputs/appendix/hostile.yaml --today 2026-01-01");
  CHECK(redacted.out.find("jo.bloggs@example.nhs.uk") == std::string::npos);
  CHECK(redacted.out.find("07700 900123") == std::string::npos);
  CHECK(redacted.out.find("3 items of personal data were redacted from this appendix.") != std::string::npos);

  const Ran shown = coprod("appendix tests/inputs/appendix/hostile.yaml --today 2026-01-01 --no-redact");
  CHECK(shown.out.find("jo.bloggs@example.nhs.uk") != std::string::npos);
  CHECK(shown.out.find("redaction was turned off") != std::string::npos);
}

TEST_CASE("appendix: hostile text stays text") {
  const Ran html = coprod("appendix tests/inputs/appendix/hostile.yaml --today 2026-01-01 --format html");
  CHECK(html.out.find("<script") == std::string::npos);
  CHECK(html.out.find("<img") == std::string::npos);
  CHECK(html.out.find("<em>workshop") == std::string::npos);
  CHECK(html.out.find("&lt;script&gt;") != std::string::npos);

  const Ran md = coprod("appendix tests/inputs/appendix/hostile.yaml --today 2026-01-01");
  CHECK(md.out.find("<script") == std::string::npos);
  // Every table row keeps its cell count: pipes and line breaks in values are escaped.
  std::size_t rows = 0;
  std::istringstream lines(md.out);
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with("| You said | We did |") && !line.starts_with("| Line one")) continue;
    ++rows;
    std::size_t cells = 0;
    for (std::size_t i = 0; i < line.size(); ++i) cells += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
    CHECK(cells == 4);
  }
  CHECK(rows == 2);
}

TEST_CASE("appendix: --output writes the same text whole") {
  const fs::path out = fs::temp_directory_path() / ("coprod-out-" + std::to_string(::getpid()) + ".md");
  const Ran to_file = coprod("appendix examples/life-rooms.yaml --today 2026-01-01 -o '" + out.string() + "'");
  const Ran to_stdout = coprod("appendix examples/life-rooms.yaml --today 2026-01-01");
  CHECK(to_file.out.empty());
  CHECK(to_file.status == to_stdout.status);
  CHECK(slurp(out) == to_stdout.out);
  fs::remove(out);
}

TEST_CASE("appendix: bad input writes nothing and leaves --output as it was") {
  Keeper keep;
  const std::string o = " -o '" + keep.path.string() + "'";
  struct Case {
    const char* name;
    std::string args;
  };
  const fs::path bad_template = fs::temp_directory_path() / ("coprod-bad-" + std::to_string(::getpid()) + ".md.mustache");
  std::ofstream(bad_template) << "# {{title}}\n\n{{#who}}\nno end\n";
  const Case cases[] = {
      {"invalid-proposal", "appendix tests/load/unknown-keys.yaml"},
      {"unknown-template", "appendix examples/life-rooms.yaml --template gripp2"},
      {"folder", "appendix examples"},
      {"missing-file", "appendix no-such-file.yaml"},
  };
  std::string transcript;
  for (const Case& c : cases) {
    const Ran ran = coprod(c.args + o);
    CHECK_MESSAGE(ran.status == 2, c.name);
    CHECK_MESSAGE(ran.out.empty(), c.name);
    CHECK_MESSAGE(keep.untouched(), c.name);
    transcript += "$ coprod " + c.args + "\n" + ran.err + "exit " + std::to_string(ran.status) + "\n\n";
  }
  const Ran broken = coprod("appendix examples/life-rooms.yaml --template '" + bad_template.string() + "'" + o);
  CHECK(broken.status == 2);
  CHECK(keep.untouched());
  CHECK(broken.err == "coprod: " + bad_template.string() + ":3: template error: Unclosed section \"who\"\n");
  fs::remove(bad_template);
  check_golden(golden("appendix/errors.txt"), transcript);
}

TEST_CASE("report: every format over the examples, our inputs and an invalid document") {
  const std::string inputs = "examples tests/inputs/appendix tests/load/duplicate-keys.yaml --today 2026-01-01";
  for (const char* format : {"markdown", "html", "json"}) {
    SUBCASE(format) {
      const Ran ran = coprod(std::string("report ") + inputs + " --format " + format);
      INFO(ran.err);
      CHECK(ran.err.empty());
      CHECK(ran.status == 2);  // the invalid document
      const std::string ext = format[0] == 'm' ? "md" : format;
      check_golden(golden("report/portfolio." + ext), ran.out);
    }
  }
}

TEST_CASE("report: --output is written whole even with an invalid document in it") {
  Keeper keep;
  const Ran ran = coprod("report tests/load/duplicate-keys.yaml --format json -o '" + keep.path.string() + "'");
  CHECK(ran.status == 2);
  CHECK(slurp(keep.path).find("\"coprod_portfolio\": 1") != std::string::npos);
}

}  // namespace coprod
