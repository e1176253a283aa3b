#include "config/config.h"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include "render/text.h"

namespace coprod {
namespace {

std::string errors_of(std::string_view text) {
  LoadedConfig loaded = load_config_text(text, ".coprod.yaml", "/repo");
  std::string out;
  for (const Error& e : loaded.errors) out += text_line(".coprod.yaml", e) + "\n";
  CHECK(loaded.config.has_value() == out.empty());
  return out;
}

constexpr std::string_view kValid = R"(coprod_config: 1
frameworks: [board-assurance]
fail_on: warning
severity:
  who-lived-experience: warning
waivers:
  - rule: who-paid
    files: ["papers/2026/*.yaml"]
    reason: Participants were staff, in paid time.
    approved_by: Chair of the Quality Committee
    expires: 2026-12-31
exclude: [mkdocs.yml, "site/**"]
)";

}  // namespace

TEST_CASE("a valid configuration binds every setting") {
  LoadedConfig loaded = load_config_text(kValid, ".coprod.yaml", "/repo");
  REQUIRE(loaded.errors.empty());
  const Config& c = *loaded.config;
  CHECK(c.fail_on == "warning");
  CHECK(c.severity.at("who-lived-experience") == Severity::warning);
  REQUIRE(c.waivers.size() == 1);
  CHECK(c.waivers[0].files == std::vector<std::string>{"papers/2026/*.yaml"});
  CHECK(*c.waivers[0].waiver.expires == Date{2026, 12, 31});
  const auto waivers = file_waivers(c);
  REQUIRE(waivers.size() == 1);
  CHECK(waivers[0].folder == "/repo");
  CHECK(waivers[0].config == ".coprod.yaml");
  CHECK(config_notices(c, Date{2026, 1, 1}).empty());
  CHECK(c.exclude == std::vector<std::string>{"mkdocs.yml", "site/**"});
}

TEST_CASE("exclude is a list of globs") {
  CHECK(errors_of("coprod_config: 1\nexclude: mkdocs.yml\n").find(".coprod.yaml:2:10: error:") == 0);
  CHECK(errors_of("coprod_config: 1\nexclude: []\n").find(".coprod.yaml:2:10: error:") == 0);
}

TEST_CASE("configuration errors are located and suggest the likely word") {
  CHECK(errors_of("coprod_config: 1\nfail_on: warnin\n") ==
        ".coprod.yaml:2:10: error: `warnin` is not a known fail level for `fail_on`; did you mean "
        "`warning`?\n");
  CHECK(errors_of("coprod_config: 1\nfailon: warning\n") ==
        ".coprod.yaml:2:1: error: unknown key `failon`; did you mean `fail_on`?\n");
  CHECK(errors_of("fail_on: warning\n") ==
        ".coprod.yaml:1:1: error: this is not a coprod configuration: it has no `coprod_config: 1` "
        "line (the version of the configuration format)\n");
  // The version is judged first, as in a proposal: a file of another version
  // gets that one error, not one for each key this build does not know.
  CHECK(errors_of("coprod_config: 2\nnew_setting: on\nfail_on: sometimes\n") ==
        ".coprod.yaml:1:16: error: `coprod_config: 2` is not a version of the configuration "
        "format this coprod reads: it reads version 1\n");
  CHECK(errors_of("coprod_config: \"1\"\n") ==
        ".coprod.yaml:1:16: error: write the version as the number 1 without quotes: "
        "`coprod_config: 1`\n");
  CHECK(errors_of("- a\n") ==
        ".coprod.yaml:1:1: error: a coprod configuration is a set of `key: value` lines "
        "(`coprod_config: 1`, `fail_on:` …); this file holds a list\n");
  CHECK(errors_of("coprod_config: 1\nwaivers:\n  - rule: who-lived-experience\n    files: [\"*\"]\n"
                  "    reason: \" \"\n    approved_by: Chair\n    expires: 2026-01-01\n") ==
        ".coprod.yaml:3:5: error: `waivers[0].reason` is required: why the rule is waived\n");
  // A no-break, em or ideographic space, or a zero-width one, is no reason
  // and no approver either.
  CHECK(errors_of("coprod_config: 1\nwaivers:\n  - rule: who-lived-experience\n    files: [\"*\"]\n"
                  "    reason: \"\u00a0\u2003\"\n    approved_by: \"\u3000\u200b\"\n"
                  "    expires: 2026-01-01\n") ==
        ".coprod.yaml:3:5: error: `waivers[0].reason` is required: why the rule is waived\n"
        ".coprod.yaml:3:5: error: `waivers[0].approved_by` is required: who approved it (a role)\n");
}

TEST_CASE("a configuration cannot lower or waive a board absolute, however it is written") {
  CHECK(errors_of("coprod_config: 1\nseverity: {assurance-satisfied: advice, assurance-dissent: "
                  "warning, who-paid: advice}\n") ==
        ".coprod.yaml:2:33: error: `severity.assurance-satisfied` cannot be lowered: when those "
        "who took part are not satisfied with the process, or a group records its dissent, the "
        "board does not proceed, whatever the configuration says. Remove the line\n"
        ".coprod.yaml:2:60: error: `severity.assurance-dissent` cannot be lowered: when those "
        "who took part are not satisfied with the process, or a group records its dissent, the "
        "board does not proceed, whatever the configuration says. Remove the line\n");
  CHECK(errors_of("coprod_config: 1\nseverity: {assurance-satisfied: blocking}\n").empty());
  for (std::string_view rule : {"\"assurance-satisfied \"", "\"\\tassurance-dissent\""}) {
    CAPTURE(rule);
    const std::string errors =
        errors_of(fmt::format("coprod_config: 1\nwaivers:\n  - rule: {}\n    files: [\"*\"]\n"
                              "    reason: Agreed.\n    approved_by: Chair\n    expires: 2026-12-31\n",
                              rule));
    CHECK(errors.find("cannot be waived") != std::string::npos);
  }
}

TEST_CASE("expired configuration waivers and unknown rules are reported once, in the file") {
  LoadedConfig loaded = load_config_text(R"(coprod_config: 1
waivers:
  - rule: who-paid
    files: ["*"]
    reason: Agreed.
    approved_by: Chair
    expires: 2025-12-31
  - rule: who-piad
    files: ["*"]
    reason: Agreed.
    approved_by: Chair
    expires: 2026-12-31
)",
                                         ".coprod.yaml", "/repo");
  REQUIRE(loaded.config);
  const auto notices = config_notices(*loaded.config, Date{2026, 1, 1});
  REQUIRE(notices.size() == 2);
  CHECK(notices[0].at == Location{7, 14});
  CHECK(notices[0].rule == "integrity-waivers");
  CHECK(notices[0].message.find("expired on 2025-12-31") != std::string::npos);
  CHECK(notices[1].at == Location{8, 11});
  CHECK(notices[1].message.find("did you mean `who-paid`") != std::string::npos);
}

TEST_CASE("a configuration may not waive being satisfied, nor a dissent") {
  for (std::string_view rule : {"assurance-satisfied", "assurance-dissent"}) {
    const std::string text = fmt::format(R"(coprod_config: 1
waivers:
  - rule: {}
    files: ["*"]
    reason: The board accepts the risk.
    approved_by: Chair
    expires: 2026-12-31
)",
                                         rule);
    CHECK(errors_of(text) ==
          fmt::format(".coprod.yaml:3:11: error: `{}` cannot be waived: \"If not satisfied with "
                      "the process followed do not proceed – the outcome will not give the "
                      "improvement needed! Be prepared to start again.\" Resolve it with the "
                      "people who took part instead (an urgent decision: bring it back to the "
                      "board with the involvement that followed)\n",
                      rule));
  }
}

}  // namespace coprod
