// What the rule-case tests share (rules_cases_test.cpp for the board
// checklist, nhse_principles_cases_test.cpp): a rule's findings on the
// minimal header plus a case's body, a line each, compared whole with a file
// in tests/rule-cases/.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "check/check.h"
#include "golden.h"
#include "load/loader.h"
#include "minimal_proposal.h"
#include "render/text.h"
#include "rules/registry.h"

namespace coprod::test {

struct Case {
  std::string_view rule;
  std::string body;
};

struct CaseOptions {
  std::string_view framework;  // selected besides the default; empty for the default alone
  std::string_view silent;     // written when the rule reports nothing
};

// What one rule reports on kHeader + body, a line per finding:
// `line:column path: message`, with "not applicable: " before the reason.
inline std::string reported(std::string_view rule_id, const std::string& body,
                            const CaseOptions& how = {}) {
  const Rule* rule = find_rule(rule_id);
  REQUIRE_MESSAGE(rule != nullptr, "no rule ", rule_id);
  Loaded loaded = load_text(std::string(kHeader) + body, "input.yaml", ".");
  std::string errors;
  for (const Error& e : loaded.errors) errors += text_line("input.yaml", e) + "\n";
  INFO(errors);
  REQUIRE(loaded.ok());
  CheckOptions options = fixed_day_options();
  if (!how.framework.empty()) {
    const Framework* framework = find_framework(how.framework);
    REQUIRE_MESSAGE(framework != nullptr, "no framework ", how.framework);
    options.frameworks = {framework};
  }
  const Result result = check(std::move(loaded), options);
  std::string out;
  for (const Finding& f : result.findings) {
    if (f.rule != rule) continue;
    out += fmt::format("{}:{} {}: {}{}\n", f.at.line, f.at.column, f.path,
                       f.not_applicable ? "not applicable: " : "", f.message);
  }
  return out.empty() ? std::string(how.silent) : out;
}

// Each case's body and what its rule reports, compared whole with
// tests/rule-cases/<name>.txt (COPROD_UPDATE_GOLDEN=1 rewrites it for review).
inline void check_cases(std::string_view name, std::initializer_list<Case> cases,
                        const CaseOptions& how = {}) {
  std::string all;
  for (const Case& c : cases)
    all += fmt::format("== {} on:\n{}-- reports:\n{}\n", c.rule, c.body,
                       reported(c.rule, c.body, how));
  check_golden(test_data() / "rule-cases" / (std::string(name) + ".txt"), all);
}

}  // namespace coprod::test
