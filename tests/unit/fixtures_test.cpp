// Data-driven tests over the rule registry and the loader's errors.
//
// tests/rules/<rule-id>/ holds, for every rule in the registry:
//   fires.yaml    a valid proposal on which the rule reports
//   expected.txt  exactly the lines it reports (text format, file "input.yaml")
//   silent.yaml   a valid proposal on which it must stay silent
// and may hold a not-applicable.yaml (every rule of a framework other than
// board-assurance must) (a valid proposal whose section the rule
// needs is marked not applicable) with not-applicable.txt, the lines reported.
// tests/load/<case>.yaml holds a document that is not a valid proposal, and
// <case>.expected every error line the loader reports for it.

#include <algorithm>
#include <filesystem>
#include <set>

#include "check/check.h"
#include "golden.h"
#include "load/loader.h"
#include "render/text.h"
#include "rules/registry.h"
#include "minimal_proposal.h"

namespace coprod {
namespace {

using test::check_golden;
using test::slurp;
using test::test_data;
namespace fs = std::filesystem;

// Every framework, so that each rule runs.
CheckOptions every_framework() {
  CheckOptions options = test::fixed_day_options();
  options.frameworks.assign(frameworks().begin(), frameworks().end());
  return options;
}

// The lines one rule reports on a document, as `coprod check` prints them.
std::string findings_of(const Rule& rule, const fs::path& file) {
  Loaded loaded = load_text(slurp(file), "input.yaml", file.parent_path().string());
  std::string out;
  for (const Error& e : loaded.errors) out += text_line("input.yaml", e) + "\n";
  const Result result = check(std::move(loaded), every_framework());
  for (const Finding& f : result.findings)
    if (f.rule == &rule) out += text_line("input.yaml", f) + "\n";
  return out;
}

TEST_CASE("every rule fires on its fixture and stays silent on a clean one") {
  for (const Rule* rule : all_rules()) {
    const fs::path dir = test_data() / "rules" / std::string(rule->id);
    SUBCASE(std::string(rule->id).c_str()) {
      INFO("fixtures in ", dir.string());
      REQUIRE(fs::exists(dir / "fires.yaml"));
      REQUIRE(fs::exists(dir / "silent.yaml"));
      const std::string fired = findings_of(*rule, dir / "fires.yaml");
      CHECK(fired.find(std::string(" [") + std::string(rule->id) + "]") != std::string::npos);
      CHECK(fired.find(": error: ") == std::string::npos);
      check_golden(dir / "expected.txt", fired);
      CHECK(findings_of(*rule, dir / "silent.yaml") == "");
      // A rule that always applies has instead a fixture that marks what it
      // asks about not applicable, on which it still reports:
      // legal-applicability asks whether the record says which duties apply
      // (a `scrutiny` marked not applicable meets it), and the rules that ask
      // whether people took part are not answered by marking `who` or `how`
      // not applicable.
      const bool always_applies = fs::exists(dir / "marked-not-applicable.yaml") ||
                                  rule->id == "legal-applicability";
      if (&framework_of(*rule) != &default_framework() && !is_integrity(*rule) && !always_applies)
        CHECK_MESSAGE(fs::exists(dir / "not-applicable.yaml"),
                      "every rule has a fixture on which it is not applicable");
      if (fs::exists(dir / "marked-not-applicable.yaml")) {
        const std::string reported = findings_of(*rule, dir / "marked-not-applicable.yaml");
        CHECK(reported.find(": not applicable: ") == std::string::npos);
        CHECK(reported.find(std::string(" [") + std::string(rule->id) + "]") != std::string::npos);
        check_golden(dir / "marked-not-applicable.txt", reported);
      }
      if (fs::exists(dir / "not-applicable.yaml")) {
        const std::string reported = findings_of(*rule, dir / "not-applicable.yaml");
        CHECK(reported.find(": not applicable: ") != std::string::npos);
        CHECK(reported.find(": error: ") == std::string::npos);
        check_golden(dir / "not-applicable.txt", reported);
      }
    }
  }
}

// `coprod explain` shows each rule's example: it must be a valid proposal on
// which its own rule stays silent (or reports only a sentence its
// reconciliation settles), or it would teach the wrong thing.
TEST_CASE("every rule's example is a valid proposal that meets the rule") {
  for (const Rule* rule : all_rules()) {
    SUBCASE(std::string(rule->id).c_str()) {
      Loaded loaded = load_text(rule->example, "example.yaml", ".");
      std::string errors;
      for (const Error& e : loaded.errors) errors += text_line("example.yaml", e) + "\n";
      INFO(errors);
      REQUIRE(loaded.ok());
      const Result result = check(std::move(loaded), every_framework());
      for (const Finding& f : result.findings) {
        INFO(text_line("example.yaml", f));
        CHECK((f.rule != rule || (f.waiver && f.waiver->reconciliation)));
      }
    }
  }
}

TEST_CASE("every rule fixture folder names a rule") {
  for (const auto& entry : fs::directory_iterator(test_data() / "rules")) {
    INFO(entry.path().string());
    CHECK(find_rule(entry.path().filename().string()) != nullptr);
  }
}

TEST_CASE("the loader reports every error, located") {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(test_data() / "load"))
    if (entry.path().extension() == ".yaml") cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(!cases.empty());
  for (const fs::path& yaml : cases) {
    SUBCASE(yaml.filename().string().c_str()) {
      const Loaded loaded = load_text(slurp(yaml), "input.yaml", yaml.parent_path().string());
      CHECK(!loaded.ok());
      std::string out;
      for (const Error& e : loaded.errors) out += text_line("input.yaml", e) + "\n";
      fs::path expected = yaml;
      check_golden(expected.replace_extension(".expected"), out);
    }
  }
}

}  // namespace
}  // namespace coprod
