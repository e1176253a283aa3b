#include "load/loader.h"
#include "minimal_proposal.h"

#include <doctest/doctest.h>

namespace coprod {
namespace {

using test::kHeader;

Proposal load_ok(std::string_view rest) {
  Loaded loaded = load_text(std::string(kHeader) + std::string(rest), "input.yaml", ".");
  for (const Error& e : loaded.errors) FAIL_CHECK(e.at.line << ":" << e.at.column << " " << e.message);
  REQUIRE(loaded.ok());
  return std::move(*loaded.proposal);
}

TEST_CASE("a minimal proposal loads, with absent sections located where they belong") {
  const Proposal p = load_ok("");
  CHECK(*p.proposal.title == "Community diabetes clinics");
  CHECK(*p.proposal.board_date == Date{2026, 5, 1});
  CHECK(p.proposal.board_date.at == Location{6, 15});
  CHECK(!p.proposal.id.given());
  CHECK(p.proposal.id.at == Location{3, 3});  // the `proposal` mapping that should hold it
  CHECK(p.who.state == Part<Who>::State::absent);
  // At the end of the section before which it belongs: `proposal`, ending on line 7.
  CHECK(p.who.at == Location{7, 1});
  CHECK(p.who->groups.at == Location{7, 1});  // inside an absent section: the section's place
  CHECK(p.continuation->implementation.at == Location{7, 1});
}

TEST_CASE("a missing section is located at the end of the section present before it") {
  const Proposal p = load_ok(R"(outcomes:
  inequalities: Clinics are in the most deprived wards.
  measures:
    - name: Would recommend
evaluation:
  method: Reflective sessions.
)");
  CHECK(p.questions.at == Location{11, 1});     // after outcomes, which ends on line 11
  CHECK(p.continuation.at == Location{11, 1});  // outcomes is still the last one before it
  CHECK(p.assurance.at == Location{13, 1});     // after evaluation
}

TEST_CASE("not_applicable marks a section or a list, with its reason") {
  const Proposal p = load_ok(R"(questions:
  not_applicable: "A one-off procurement: no new questions arose."
who:
  groups:
    - {id: panel, name: Panel, kind: lived-experience}
  seldom_heard: {not_applicable: Everyone eligible took part.}
)");
  CHECK(p.questions.not_applicable());
  CHECK(p.questions.reason == "A one-off procurement: no new questions arose.");
  CHECK(p.questions.at == Location{9, 3});
  CHECK(p.who.given());
  CHECK(p.who->seldom_heard.not_applicable());
  CHECK(p.who->seldom_heard.reason == "Everyone eligible took part.");
  CHECK(items(p.who->seldom_heard).empty());
}

TEST_CASE("a !!binary value is read as the text it encodes, so every rule sees it") {
  // "Call 07700 900123" in base64.
  const Proposal p = load_ok("continuation:\n  implementation: !!binary Q2FsbCAwNzcwMCA5MDAxMjM=\n");
  CHECK(*p.continuation->implementation == "Call 07700 900123");
}

TEST_CASE("x- keys are the user's own: kept in the file and ignored") {
  const Proposal p = load_ok(R"(x-internal-ref: ABC-123
who:
  x-note: {anything: [goes, here]}
  groups:
    - {id: panel, name: Panel, kind: lived-experience, x-contact-role: Panel chair}
)");
  CHECK(items(p.who->groups).size() == 1);
}

TEST_CASE("values keep their positions; text is trimmed; blank text counts as absent") {
  const Proposal p = load_ok(R"(continuation:
  implementation: |
    The panel meets monthly.
  evaluation: "   "
assurance:
  satisfied: false
)");
  CHECK(*p.continuation->implementation == "The panel meets monthly.");
  CHECK(p.continuation->implementation.at == Location{9, 19});
  CHECK(!p.continuation->evaluation.given());
  CHECK(p.continuation->evaluation.at == Location{9, 3});
  CHECK(p.assurance->satisfied.given());
  CHECK(*p.assurance->satisfied == false);
}

TEST_CASE("quoted dates are dates; flow and block styles read alike") {
  const Proposal p = load_ok(R"(who:
  groups:
    - {id: panel, name: Panel, kind: lived-experience}
how:
  activities:
    - {id: a, title: A, method: workshop, stage: design, level: co-design, date: "2026-01-10", groups: [panel]}
    - id: b
      title: B
      method: open-space
      stage: testing
      level: co-production
      date: 2026-02-11
      groups:
        - panel
)");
  const auto& activities = items(p.how->activities);
  REQUIRE(activities.size() == 2);
  CHECK(*activities[0].date == Date{2026, 1, 10});
  CHECK(*activities[1].date == Date{2026, 2, 11});
  CHECK(*items(activities[1].groups)[0] == "panel");
  CHECK(p.activity("b") == &activities[1]);
  CHECK(p.activity("c") == nullptr);
}

TEST_CASE("the keys added for frameworks are bound: body, roles, consultation and the rest") {
  const Proposal p = load_ok(R"(  body: nhs-england
who:
  groups:
    - id: panel
      name: Panel
      kind: lived-experience
      roles: [governance, partner]
      relationship: ongoing
consultation:
  opened: 2026-01-05
  closed: 2026-03-30
  information_published: 2026-01-05
  information_link: https://example.org/consultation.pdf
  responses: 412
  responses_considered: {date: 2026-04-10, link: evidence/responses.pdf}
equality:
  assessment:
    date: 2026-04-01
    link: https://example.org/eqia.pdf
scrutiny:
  substantial_variation: true
  consulted: 2025-12-01
  secretary_of_state_notified: 2026-02-01
publication:
  link: https://example.org/plans
  date: 2026-04-20
  covers: [plans, you-said-we-did]
  formats: [easy-read, bsl]
)");
  CHECK(*p.proposal.body == Body::nhs_england);
  CHECK(p.proposal.body.at == Location{8, 9});
  const Group& panel = items(p.who->groups).at(0);
  REQUIRE(items(panel.roles).size() == 2);
  CHECK(*items(panel.roles)[0] == Role::governance);
  CHECK(*items(panel.roles)[1] == Role::partner);
  CHECK(*panel.relationship == Relationship::ongoing);

  REQUIRE(p.consultation.given());
  CHECK(*p.consultation->opened == Date{2026, 1, 5});
  CHECK(p.consultation->opened.at == Location{17, 11});
  CHECK(*p.consultation->closed == Date{2026, 3, 30});
  CHECK(*p.consultation->information_published == Date{2026, 1, 5});
  CHECK(*p.consultation->information_link == "https://example.org/consultation.pdf");
  CHECK(*p.consultation->responses == 412);
  REQUIRE(p.consultation->responses_considered.given());
  CHECK(*p.consultation->responses_considered->date == Date{2026, 4, 10});
  CHECK(*p.consultation->responses_considered->link == "evidence/responses.pdf");

  REQUIRE(p.equality.given());
  CHECK(*p.equality->assessment->date == Date{2026, 4, 1});
  CHECK(*p.equality->assessment->link == "https://example.org/eqia.pdf");

  REQUIRE(p.scrutiny.given());
  CHECK(*p.scrutiny->substantial_variation == true);
  CHECK(*p.scrutiny->consulted == Date{2025, 12, 1});
  CHECK(*p.scrutiny->secretary_of_state_notified == Date{2026, 2, 1});

  REQUIRE(p.publication.given());
  CHECK(*p.publication->link == "https://example.org/plans");
  CHECK(*p.publication->date == Date{2026, 4, 20});
  REQUIRE(items(p.publication->covers).size() == 2);
  CHECK(*items(p.publication->covers)[1] == PublicationCover::you_said_we_did);
  REQUIRE(items(p.publication->formats).size() == 2);
  CHECK(*items(p.publication->formats)[0] == PublicationFormat::easy_read);
  CHECK(*items(p.publication->formats)[1] == PublicationFormat::bsl);
}

TEST_CASE("the sections added for frameworks may be not applicable, and are absent when not given") {
  const Proposal p = load_ok(R"(consultation: {not_applicable: "No formal consultation: the change is not substantial."}
equality:
  assessment: {not_applicable: Screened out.}
)");
  CHECK(p.consultation.not_applicable());
  CHECK(p.consultation.reason == "No formal consultation: the change is not substantial.");
  CHECK(!p.consultation->opened.given());
  CHECK(p.equality.given());
  CHECK(p.equality->assessment.not_applicable());
  CHECK(p.equality->assessment.reason == "Screened out.");
  CHECK(p.scrutiny.state == Part<Scrutiny>::State::absent);
  CHECK(!p.scrutiny->substantial_variation.given());
  CHECK(p.publication.state == Part<Publication>::State::absent);
  CHECK(items(p.publication->formats).empty());
  CHECK(!p.proposal.body.given());
  // Absent, the new sections are located where they belong: after `equality`
  // (which ends on line 10), before `waivers`.
  CHECK(p.scrutiny.at == Location{10, 1});
}

TEST_CASE("a consultation window may run from a day to a year, and no further") {
  auto errors = [](std::string_view opened, std::string_view closed) {
    const Loaded loaded = load_text(std::string(kHeader) + "consultation:\n  opened: " +
                                        std::string(opened) + "\n  closed: " + std::string(closed) + "\n",
                                    "input.yaml", ".");
    return loaded.errors.size();
  };
  CHECK(errors("2026-01-05", "2026-01-06") == 0);
  CHECK(errors("2026-01-05", "2027-01-05") == 0);  // a year to the day
  CHECK(errors("2024-02-29", "2025-02-28") == 0);
  CHECK(errors("2026-01-05", "2027-01-06") == 1);
  CHECK(errors("2026-01-05", "2026-01-05") == 1);
  CHECK(errors("2026-01-05", "2026-01-04") == 1);
  // Only one date, or a section not applicable: nothing to compare.
  CHECK(load_text(std::string(kHeader) + "consultation:\n  closed: 2026-01-05\n", "input.yaml", ".").ok());
  CHECK(load_text(std::string(kHeader) + "consultation: {not_applicable: None held.}\n", "input.yaml", ".").ok());
}

TEST_CASE("a file that cannot be read is an error without a line") {
  const Loaded loaded = load_file("/nonexistent/proposal.yaml");
  REQUIRE(loaded.errors.size() == 1);
  CHECK(!loaded.errors[0].at.known());
  CHECK(loaded.errors[0].message == "no such file");
}

TEST_CASE("a UTF-8 byte order mark and non-ASCII text are fine") {
  const Loaded loaded = load_text("\xEF\xBB\xBF" + std::string(kHeader) + "origin:\n  question: Café, naïve, 東京?\n",
                                  "input.yaml", ".");
  CHECK(loaded.ok());
}

TEST_CASE("a document with very many errors lists the first hundred and counts the rest") {
  // 105 groups with a kind that is not one: an error each.
  std::string body = "who:\n  groups:\n";
  for (int i = 0; i < 105; ++i)
    body += "    - {id: g" + std::to_string(i) + ", name: Group, kind: nope}\n";
  const Loaded loaded = load_text(std::string(kHeader) + body, "input.yaml", ".");
  REQUIRE(loaded.errors.size() == 101);
  const Error& last_shown = loaded.errors[99];
  CHECK(last_shown.at == Location{109, 36});  // the 100th group's kind, in document order
  CHECK(last_shown.message.rfind("`nope` is not a known group kind for `who.groups[99].kind`", 0) == 0);
  CHECK(loaded.errors[100].at == last_shown.at);
  CHECK(loaded.errors[100].message == "… and 5 more errors");
}

}  // namespace
}  // namespace coprod

namespace coprod {
namespace {

TEST_CASE("undefined references are capped like every error, and say how many more") {
  std::string ids;
  for (int i = 0; i < 150; ++i) ids += (i ? ", g" : "g") + std::to_string(i);
  const Loaded loaded = load_text(std::string(test::kHeader) + "origin:\n  defined_with: [" + ids +
                                      "]\nwho:\n  groups:\n    - {id: g1x, name: G, kind: staff}\n",
                                  "input.yaml", ".");
  REQUIRE(loaded.errors.size() == 101);
  CHECK(loaded.errors.front().message.starts_with("`g0` in `origin.defined_with` names no group"));
  CHECK(loaded.errors.back().message == "… and 50 more errors");
  // The suggestion is worked out for an error that is shown: g1 is one slip from g1x.
  CHECK(loaded.errors[1].message.ends_with("; did you mean `g1x`?"));
}

}  // namespace

TEST_CASE("every error says what kind of thing must be fixed") {
  auto kind_of = [](std::string_view text) {
    const Loaded loaded = load_text(text, "input.yaml", ".");
    REQUIRE(!loaded.errors.empty());
    return loaded.errors.front().kind;
  };
  CHECK(kind_of("coprod: 1\nproposal:\n\ttitle: x\n") == ErrorKind::syntax);
  CHECK(kind_of("coprod: 1\nproposal: {title: \"x}\n") == ErrorKind::syntax);
  CHECK(kind_of("coprod: 1\nproposal: {tilte: x}\n") == ErrorKind::format);
  CHECK(kind_of("- a list\n") == ErrorKind::format);
  CHECK(kind_of("coprod: 1\n---\ncoprod: 1\n") == ErrorKind::format);
  CHECK(kind_of(std::string(300, '[') + std::string(300, ']')) == ErrorKind::limit);
  CHECK(kind_of(std::string_view("a\0b", 3)) == ErrorKind::syntax);
  CHECK(load_file("/nonexistent/proposal.yaml").errors.front().kind == ErrorKind::io);
  LoadOptions small;
  small.max_bytes = 4;
  CHECK(load_text("coprod: 1\n", "input.yaml", ".", small).errors.front().kind == ErrorKind::limit);
  CHECK(kind_name(ErrorKind::syntax) == "syntax");
  CHECK(kind_name(ErrorKind::io) == "io");
}

TEST_CASE("columns count characters, not bytes") {
  // “ and é are three and two bytes; each is one column.
  const Loaded loaded =
      load_text("coprod: 1\nproposal: {title: “Café”, system_level: nowhere}\n", "input.yaml", ".");
  REQUIRE(!loaded.errors.empty());
  CHECK(loaded.errors.back().message.starts_with("`nowhere` is not a known system level"));
  CHECK(loaded.errors.back().at == Location{2, 41});
}

}  // namespace coprod
