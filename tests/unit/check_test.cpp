// The engine's verdicts and item statuses (docs/rules.md): each case starts from a
// small proposal that meets every rule and changes one thing.

#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "check/check.h"
#include "load/loader.h"
#include "render/text.h"
#include "rules/board_assurance/items.h"
#include "rules/registry.h"
#include "minimal_proposal.h"

namespace coprod {
namespace {

// Meets every board-assurance rule, with nothing to advise on.
constexpr std::string_view kComplete = R"(coprod: 1
proposal:
  title: Evening diabetes clinics
  organisation: An NHS trust
  lead: Director of Nursing
  board_date: 2026-03-01
  decision: Approve two evening clinics a week.
origin:
  question: Why do people in work miss their diabetes appointments?
  sources:
    - kind: complaints
  defined_with: [patients]
  prior_commitments: {not_applicable: "Nothing had been decided."}
who:
  groups:
    - id: patients
      name: People living with diabetes
      kind: lived-experience
      communities: [core20]
      paid: true
    - id: healthwatch
      name: Local Healthwatch
      kind: healthwatch
    - id: nurses
      name: Diabetes specialist nurses
      kind: clinical
  seldom_heard: [Sessions at two workplaces and a mosque.]
  system_levels: [provider]
how:
  activities:
    - id: discovery
      title: What matters to people in work
      method: storytelling
      stage: problem-definition
      level: co-production
      date: 2025-10-01
      groups: [patients, healthwatch, nurses]
      evidence: https://example.org/discovery
    - id: pilot
      title: Testing an evening clinic
      method: co-design-group
      stage: testing
      level: co-design
      date: 2026-01-20
      groups: [patients, nurses]
      evidence: https://example.org/pilot
  power_sharing: Patients co-chair the design group.
  accessibility: [evening sessions]
outcomes:
  changes:
    - heard: Daytime appointments mean losing pay.
      changed: Two evening clinics a week.
      from: discovery
  not_adopted:
    - heard: Weekend clinics.
      reason: Not enough staff at weekends.
  measures:
    - {name: Missed appointments, domain: access}
    - {name: Would recommend, domain: experience}
    - {name: HbA1c in range, domain: outcomes}
  inequalities: Evening clinics open first in the most deprived neighbourhood.
  feedback_to_participants:
    date: 2026-02-01
    how: A letter to everyone who took part.
questions:
  - question: Would text reminders help?
    plan: Try them for three months.
continuation:
  implementation: Patients sit on the implementation group.
  evaluation: Patients help design the evaluation survey.
evaluation:
  method: A reflective session with everyone who took part.
  findings: People felt heard.
  improvements: [Give more notice of sessions.]
assurance:
  ownership: full-board
  satisfied: true
  signed_off_by: [patients]
)";

// kComplete with `from` replaced by `to`, which must occur in it.
std::string changed(std::string_view from, std::string_view to,
                    std::string text = std::string(kComplete)) {
  const std::size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "not in the document: ", from);
  return text.replace(at, from.size(), to);
}

std::string errors(const Loaded& loaded) {
  std::string out;
  for (const Error& e : loaded.errors) out += text_line(loaded.file, e) + "\n";
  return out;
}

Result check_text(const std::string& text, std::vector<std::string_view> selected = {}) {
  CheckOptions options = test::fixed_day_options();
  for (std::string_view id : selected) options.frameworks.push_back(find_framework(id));
  Loaded loaded = load_text(text, "input.yaml", ".");
  INFO(errors(loaded));
  REQUIRE(loaded.ok());
  return check(std::move(loaded), options);
}

Status status(const Result& r, const ItemInfo* item) {
  for (const ItemResult& i : r.items())
    if (i.item == item) return i.status;
  FAIL("no status for item ", item->id);
  return Status::met;
}

// Every finding, for the failure message.
std::string findings(const Result& r) {
  std::string out;
  for (const Finding& f : r.findings) out += text_line("input.yaml", f) + "\n";
  return out;
}

// The statuses of every checklist item, "activities=met who=met …".
std::string statuses(const Result& r) {
  std::string out;
  for (const ItemResult& i : r.items()) {
    if (!out.empty()) out += ' ';
    out += std::string(i.item->id) + "=" + std::string(id(i.status));
  }
  return out;
}

constexpr std::string_view kAllMet =
    "activities=met who=met how=met outcomes=met questions=met continuation=met evaluation=met "
    "assurance=met integrity=met";

TEST_CASE("a proposal that meets every rule is assured, every item met") {
  const Result r = check_text(std::string(kComplete));
  INFO(findings(r));
  CHECK(r.findings.empty());
  CHECK(r.verdict == Verdict::assured);
  CHECK(statuses(r) == kAllMet);
}

TEST_CASE("a blocking finding: do not proceed, its item not met") {
  const Result r = check_text(changed("satisfied: true", "satisfied: false"));
  INFO(findings(r));
  CHECK(r.verdict == Verdict::do_not_proceed);
  CHECK(r.blocking == 1);
  CHECK(r.warning == 0);
  CHECK(r.advice == 0);
  CHECK(status(r, &rules::board::assurance) == Status::not_met);
  CHECK(status(r, &rules::board::outcomes) == Status::met);
}

TEST_CASE("warnings only: proceed with conditions, their items partly met") {
  std::string text = changed("  inequalities: Evening clinics open first in the most deprived "
                             "neighbourhood.\n",
                             "");
  text = changed("ownership: full-board", "ownership: single-director", text);
  const Result r = check_text(text);
  INFO(findings(r));
  CHECK(r.verdict == Verdict::conditional);
  CHECK(r.blocking == 0);
  CHECK(r.warning == 2);
  CHECK(r.advice == 0);
  CHECK(status(r, &rules::board::outcomes) == Status::partly_met);
  CHECK(status(r, &rules::board::assurance) == Status::partly_met);
  CHECK(status(r, &rules::board::who) == Status::met);
}

TEST_CASE("a warning beside a blocking finding in the same item: not met") {
  std::string text = changed("satisfied: true", "satisfied: false");
  text = changed("ownership: full-board", "ownership: single-director", text);
  const Result r = check_text(text);
  INFO(findings(r));
  CHECK(r.verdict == Verdict::do_not_proceed);
  CHECK(r.blocking == 1);
  CHECK(r.warning == 1);
  CHECK(status(r, &rules::board::assurance) == Status::not_met);
}

TEST_CASE("advice only: assured, the item met") {
  const Result r = check_text(changed("  sources:\n    - kind: complaints\n", ""));
  INFO(findings(r));
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule->id == "origin-sources");
  CHECK(r.verdict == Verdict::assured);
  CHECK(r.blocking == 0);
  CHECK(r.warning == 0);
  CHECK(r.advice == 1);
  CHECK(statuses(r) == kAllMet);
}

constexpr std::string_view kWaiver = R"(waivers:
  - rule: continuation-implementation
    reason: The implementation plan is agreed with the panel at its June meeting.
    approved_by: Trust Board
    expires: EXPIRES
)";

// Without a plan for implementation (a blocking finding), waived until `expires`.
std::string unplanned_with_waiver(std::string_view expires) {
  std::string text = changed("  implementation: Patients sit on the implementation group.\n", "") +
                     std::string(kWaiver);
  return changed("EXPIRES", expires, text);
}

TEST_CASE("a waived finding is shown but does not count") {
  const Result r = check_text(unplanned_with_waiver("2026-06-30"));
  INFO(findings(r));
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.rule->id == "continuation-implementation");
  REQUIRE(f.waiver.has_value());
  CHECK(f.waiver->approved_by == "Trust Board");
  CHECK(f.waiver->expires == Date{2026, 6, 30});
  CHECK(r.verdict == Verdict::assured);
  CHECK(r.blocking == 0);
  CHECK(r.waived == 1);
  CHECK(statuses(r) == kAllMet);
}

TEST_CASE("a waiver still applies on the day it expires") {
  const Result r = check_text(unplanned_with_waiver("2026-06-30"));
  INFO(findings(r));
  CHECK(r.verdict == Verdict::assured);
  CHECK(r.waived == 1);
  CHECK(r.warning == 0);
}

TEST_CASE("an expired waiver does not apply, and is itself a finding") {
  const Result r = check_text(unplanned_with_waiver("2025-12-31"));
  INFO(findings(r));
  CHECK(r.verdict == Verdict::do_not_proceed);
  CHECK(r.blocking == 1);
  CHECK(r.warning == 1);
  CHECK(r.waived == 0);
  CHECK(status(r, &rules::board::continuation) == Status::not_met);
  CHECK(status(r, &kIntegrity) == Status::partly_met);
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].rule->id == "continuation-implementation");
  CHECK(!r.findings[0].waiver);
  CHECK(r.findings[1].rule->id == "integrity-waivers");
}

TEST_CASE("a waiver naming no rule waives nothing, and is itself a finding") {
  std::string text = changed("  implementation: Patients sit on the implementation group.\n", "") +
                     std::string(kWaiver);
  text = changed("rule: continuation-implementation", "rule: continuation-implementaton", text);
  const Result r = check_text(changed("EXPIRES", "2026-06-30", text));
  INFO(findings(r));
  CHECK(r.verdict == Verdict::do_not_proceed);
  CHECK(r.blocking == 1);
  CHECK(r.warning == 1);
  CHECK(r.waived == 0);
}

TEST_CASE("each selected framework gets its verdict and items, in the order selected") {
  const Result r = check_text(std::string(kComplete), {"legal-duties", "board-assurance"});
  REQUIRE(r.frameworks.size() == 2);
  CHECK(r.frameworks[0].framework->id == "legal-duties");
  CHECK(r.frameworks[1].framework->id == "board-assurance");
  CHECK(r.frameworks[1].verdict == Verdict::assured);
  // The first framework's items are the result's; integrity closes each.
  REQUIRE(r.items().size() == r.frameworks[0].items.size());
  CHECK(r.items().front().item == r.frameworks[0].framework->items.front());
  for (const FrameworkResult& f : r.frameworks) {
    CHECK(f.items.back().item == &kIntegrity);
    CHECK(r.verdict >= f.verdict);
  }
  for (const Finding& f : r.findings) {
    INFO(f.rule->id);
    CHECK(&framework_of(*f.rule) != find_framework("nhse-principles"));
  }
}

TEST_CASE("a verdict is said in the words of the framework that decides it") {
  // Nothing blocks; the legal record is incomplete, the board checklist met.
  const Result r = check_text(std::string(kComplete), {"board-assurance", "legal-duties"});
  REQUIRE(r.frameworks.size() == 2);
  REQUIRE(r.frameworks[1].verdict == r.verdict);
  CHECK(label(r.verdict, r.frameworks) == label(r.verdict, *r.frameworks[1].framework));
  for (const Framework* framework : frameworks()) {
    INFO(framework->id);
    const Result alone = check_text(std::string(kComplete), {framework->id});
    CHECK(label(alone.verdict, alone.frameworks) == label(alone.verdict, *framework));
  }
  CHECK(label(Verdict::invalid, std::vector<FrameworkResult>{}) == "Not a valid proposal");
}

TEST_CASE("an integrity finding counts in every framework's verdict") {
  const Result r =
      check_text(unplanned_with_waiver("2025-12-31"), {"board-assurance", "nhse-principles"});
  REQUIRE(r.frameworks.size() == 2);
  for (const FrameworkResult& f : r.frameworks) {
    INFO(f.framework->id);
    CHECK(f.covers(*find_rule("integrity-waivers")));
    CHECK(f.verdict >= Verdict::conditional);
    CHECK(f.items.back().status == Status::partly_met);
  }
  // Each framework counts its own rules' findings, not another's.
  CHECK(r.frameworks[0].covers(*find_rule("continuation-implementation")));
  CHECK(!r.frameworks[1].covers(*find_rule("continuation-implementation")));
  CHECK(r.frameworks[0].blocking == 1);
  CHECK(r.frameworks[1].blocking == 0);
  CHECK(r.frameworks[1].verdict == Verdict::conditional);
  CHECK(r.verdict == Verdict::do_not_proceed);
}

TEST_CASE("an item all of whose rules are not applicable is not applicable") {
  const Result r = check_text(
      changed("continuation:\n  implementation: Patients sit on the implementation group.\n"
              "  evaluation: Patients help design the evaluation survey.\n",
              "continuation: {not_applicable: The clinics are a one-year pilot.}\n"));
  INFO(findings(r));
  CHECK(r.verdict == Verdict::assured);
  CHECK(r.not_applicable == 2);  // continuation-implementation and continuation-evaluation
  CHECK(r.blocking + r.warning + r.advice == 0);
  CHECK(status(r, &rules::board::continuation) == Status::not_applicable);
  CHECK(status(r, &rules::board::evaluation) == Status::met);
}

TEST_CASE("an item some of whose rules are not applicable is judged on the rest") {
  SUBCASE("the rest met") {
    const Result r = check_text(
        changed("  not_adopted:\n    - heard: Weekend clinics.\n"
                "      reason: Not enough staff at weekends.\n",
                "  not_adopted: {not_applicable: Everything heard was taken up.}\n"));
    INFO(findings(r));
    CHECK(r.not_applicable == 1);
    CHECK(status(r, &rules::board::outcomes) == Status::met);
    CHECK(r.verdict == Verdict::assured);
  }
  SUBCASE("the rest partly met") {
    std::string text = changed("  not_adopted:\n    - heard: Weekend clinics.\n"
                               "      reason: Not enough staff at weekends.\n",
                               "  not_adopted: {not_applicable: Everything heard was taken up.}\n");
    text = changed("  inequalities: Evening clinics open first in the most deprived "
                   "neighbourhood.\n",
                   "", text);
    const Result r = check_text(text);
    INFO(findings(r));
    CHECK(r.not_applicable == 1);
    CHECK(r.warning == 1);
    CHECK(status(r, &rules::board::outcomes) == Status::partly_met);
    CHECK(r.verdict == Verdict::conditional);
  }
}

TEST_CASE("the Life Rooms example is assured, with nothing above advice") {
  Loaded loaded = load_file(std::string(COPROD_SOURCE_DIR) + "/examples/life-rooms.yaml");
  INFO(errors(loaded));
  REQUIRE(loaded.ok());
  CheckOptions options = test::fixed_day_options();
  const Result r = check(std::move(loaded), options);
  INFO(findings(r));
  CHECK(r.verdict == Verdict::assured);
  CHECK(r.blocking == 0);
  CHECK(r.warning == 0);
  CHECK(r.waived == 0);
  CHECK(r.not_applicable == 0);
  CHECK(statuses(r) == kAllMet);
}

// Hostile input, round three: what must never read "Assured".

TEST_CASE("a severity override does not lower a board absolute") {
  const std::string text = changed("  satisfied: true", "  satisfied: false");
  CheckOptions options = test::fixed_day_options();
  options.severity.emplace("assurance-satisfied", Severity::advice);
  options.severity.emplace("assurance-dissent", Severity::advice);
  const Result r = check(load_text(text, "input.yaml", "."), options);
  INFO(findings(r));
  CHECK(r.verdict == Verdict::do_not_proceed);
  CHECK(r.blocking == 1);
}

TEST_CASE("a waiver's rule id is refused however it is padded") {
  for (std::string_view rule :
       {"\"assurance-satisfied \"", "\" assurance-satisfied\"", "\"\\tassurance-dissent\"",
        "|\n      assurance-dissent"}) {
    CAPTURE(rule);
    const std::string text = changed("  satisfied: true", "  satisfied: false") +
                             "waivers:\n  - rule: " + std::string(rule) +
                             "\n    reason: Agreed.\n    approved_by: Trust Board\n"
                             "    expires: 2026-12-31\n";
    const Loaded loaded = load_text(text, "input.yaml", ".");
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].message.find("cannot be waived") != std::string::npos);
  }
}

TEST_CASE("the absolutes stop a proposal in every selection of frameworks") {
  const std::string not_satisfied = changed("  satisfied: true", "  satisfied: false");
  const std::string dissent = changed(
      "  signed_off_by: [patients]",
      "  signed_off_by: [patients]\n  dissent:\n    - group: healthwatch\n      about: We were "
      "told, not asked.");
  for (std::string_view framework : {"board-assurance", "legal-duties", "nhse-principles"}) {
    CAPTURE(framework);
    for (const std::string* text : {&not_satisfied, &dissent}) {
      const Result r = check_text(*text, {framework});
      INFO(findings(r));
      CHECK(r.verdict == Verdict::do_not_proceed);
      REQUIRE(r.frameworks.size() == 1);
      CHECK(r.frameworks[0].verdict == Verdict::do_not_proceed);
      // Counted, in a framework that has not the rule, under integrity.
      const ItemResult& integrity = r.frameworks[0].items.back();
      CHECK(integrity.item == &kIntegrity);
      if (framework != "board-assurance") CHECK(integrity.status == Status::not_met);
    }
  }
}

TEST_CASE("a proposal in which nobody took part is never assured, whatever is not applicable") {
  const std::string_view na = "{not_applicable: \"Not needed for this change.\"}";
  std::string everything_text = R"(coprod: 1
proposal:
  title: Evening diabetes clinics
  organisation: An NHS trust
  lead: Director of Nursing
  board_date: 2026-03-01
  decision: Approve two evening clinics a week.
  body: trust
)";
  for (std::string_view section : {"origin", "who", "how", "outcomes", "questions",
                                   "continuation", "evaluation", "consultation", "equality",
                                   "scrutiny", "publication"})
    everything_text += fmt::format("{}: {}\n", section, na);
  everything_text += "assurance:\n  ownership: full-board\n  satisfied: true\n";
  // Only `who` and `how` marked, the rest as complete as before (the groups
  // and activities kept under keys of the team's own, as text no rule reads).
  std::string who_and_how = changed("how:\n  activities:", fmt::format("how: {}\nx-how:\n  activities:", na),
                                    changed("who:\n  groups:", fmt::format("who: {}\nx-who:\n  groups:", na)));
  who_and_how = changed("  defined_with: [patients]\n", "", who_and_how);
  who_and_how = changed("      from: discovery\n", "", who_and_how);
  who_and_how = changed("  signed_off_by: [patients]", "  signed_off_by: [Patient panel]", who_and_how);
  for (const std::string* text : {&everything_text, &who_and_how}) {
    for (std::string_view framework : {"board-assurance", "legal-duties", "nhse-principles"}) {
      CAPTURE(framework);
      const Result r = check_text(*text, {framework});
      INFO(findings(r));
      CHECK(r.verdict != Verdict::assured);
    }
  }
}

TEST_CASE("an activity in the future has not happened, whatever the board date") {
  // Every activity of kComplete is still to come on 2025-09-01; the board
  // meets in 2026.
  CheckOptions options = test::fixed_day_options();
  options.today = Date{2025, 9, 1};
  const Result r = check(load_text(std::string(kComplete), "input.yaml", "."), options);
  INFO(findings(r));
  CHECK(r.verdict == Verdict::do_not_proceed);
  bool planned = false;
  for (const Finding& f : r.findings)
    planned |= f.rule->id == "activities-before-board" &&
               f.message.find("a day that has not come yet") != std::string::npos;
  CHECK(planned);
}

TEST_CASE("a group of nobody does not take part") {
  const Result r = check_text(changed("      kind: lived-experience\n",
                                      "      kind: lived-experience\n      people: 0\n"));
  INFO(findings(r));
  CHECK(r.verdict == Verdict::do_not_proceed);
  CHECK(status(r, &rules::board::who) == Status::not_met);
}

}  // namespace
}  // namespace coprod
