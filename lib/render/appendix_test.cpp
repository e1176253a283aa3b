#include "render/appendix.h"

#include <algorithm>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "occurrences.h"

#include "core/paths.h"
#include "golden.h"
#include "load/loader.h"
#include "minimal_proposal.h"
#include "render/templates.h"
#include "rules/registry.h"

namespace coprod {
namespace {

using test::occurrences;

Result checked(const char* file) {
  return check(load_file((test::test_data() / file).string()), test::fixed_day_options());
}

std::string rendered(const Result& result, Markup markup, std::string_view name = "appendix", bool full = false) {
  AppendixOptions options;
  options.checked_on = Date{2026, 6, 30};
  options.ladder_svg = false;
  options.full = full;
  return render_template(find_template(name, markup, template_dirs()), markup, appendix_data(result, options));
}

// A finding as the board's version lists it: with a capital.
std::string as_sentence(std::string message) {
  if (!message.empty() && message[0] >= 'a' && message[0] <= 'z') message[0] = static_cast<char>(message[0] - 'a' + 'A');
  return message;
}

}  // namespace

TEST_CASE("the appendix speaks to the board: each finding once, and nothing for the author") {
  for (const char* file : {"inputs/appendix/sparse.yaml", "inputs/appendix/hostile.yaml",
                           "inputs/appendix/dissent.yaml"}) {
    const Result result = checked(file);
    REQUIRE(result.proposal);
    for (Markup markup : {Markup::markdown, Markup::html, Markup::docx}) {
      const std::string out = rendered(result, markup);
      INFO(std::string(file), " as ", extension(markup));
      CHECK(out.find(".yaml:") == std::string::npos);  // no file:line:column
      CHECK(out.find("inputs/appendix") == std::string::npos);  // no path as typed
      const bool hostile = std::string(file).find("hostile") != std::string::npos;  // its own text has some
      if (!hostile) CHECK(out.find('`') == std::string::npos);  // no key names as code
      for (const Finding& f : result.findings) {
        if (!f.counts()) continue;
        CHECK(out.find(std::string(f.rule->id) + ")") == std::string::npos);  // no rule ids
      }
    }
    // Markdown keeps the message as written, so it can be counted: the
    // board's version has each reason and condition once and no advice; the
    // full detail has every finding once.
    const std::string md = rendered(result, Markup::markdown);
    const std::string full = rendered(result, Markup::markdown, "appendix", true);
    for (const Finding& f : result.findings)
      if (f.counts() && f.message.find_first_of("|*_[<`\\#\n") == std::string::npos) {
        INFO(std::string(file), ": ", f.message);
        CHECK(occurrences(md, as_sentence(f.message)) == (f.severity == Severity::advice ? 0 : 1));
        CHECK(occurrences(full, f.message) == 1);
      }
  }
}

TEST_CASE("a dissenting group is quoted in its own words, and nobody is said to be satisfied") {
  const Result result = checked("inputs/appendix/dissent.yaml");
  REQUIRE(result.proposal);
  const std::string md = rendered(result, Markup::markdown);
  CHECK(md.find("## Not everyone who took part is satisfied") < md.find("## The checklist at a glance"));
  CHECK(md.find("> We asked for the drop-in to open on Saturdays & Sundays.") != std::string::npos);
  CHECK(md.find("The organisation's response: The staffing plan has two evening sessions") != std::string::npos);
  CHECK(md.find("The group has not agreed that its concern was resolved.") != std::string::npos);
  CHECK(md.find("people who took part are satisfied") == std::string::npos);
  CHECK(md.find("| 1. Co-production activities, before and after redesign | Met (waived: The session notes are "
                "held by the residents' association, which shares them on request rather than publishing "
                "them, approved by Director of Social Inclusion, until 31 December 2026) |") != std::string::npos);
  // The board's version says each outcome once, under its item, with what was found.
  CHECK(occurrences(md, "No group that took part is left dissatisfied with the process") == 1);
  CHECK(md.find("### 8. Assurance: Not met") < md.find("**No group that took part is left dissatisfied"));
  // The full detail's verdict names each outcome once, and points to where its findings are.
  const std::string full = rendered(result, Markup::markdown, "appendix", true);
  CHECK(occurrences(full, "- No group that took part is left dissatisfied with the process (see Assurance)") == 1);
}

TEST_CASE("a framework places each of its items beside one part the appendix has") {
  for (const Framework* framework : frameworks()) {
    INFO(framework->id);
    if (framework->appendix.empty()) continue;  // a section of its own
    REQUIRE(framework->appendix.size() == framework->items.size());
    for (std::size_t i = 0; i < framework->items.size(); ++i) {
      CHECK(framework->appendix[i].item == framework->items[i]);
      const auto parts = appendix_parts();
      CHECK(std::any_of(parts.begin(), parts.end(), [&](const AppendixPart& part) {
        return part.key == framework->appendix[i].part;
      }));
    }
  }
  // Each part is headed in the templates as the verdict's "(see …)" names it.
  for (Markup markup : {Markup::markdown, Markup::html})
    for (const AppendixPart& part : appendix_parts()) {
      const std::string text(find_template("appendix", markup, template_dirs()).text);
      const std::string heading = markup == Markup::html ? fmt::format("<h2>{}</h2>", part.title)
                                                         : fmt::format("## {}\n", part.title);
      CHECK_MESSAGE(text.find(heading) != std::string::npos, heading);
    }
}

TEST_CASE("an appendix names only the frameworks checked, in their own words") {
  const std::string file = (test::test_data() / "inputs/frameworks/every-framework.yaml").string();
  CheckOptions options = test::fixed_day_options();
  options.frameworks = {find_framework("legal-duties")};
  const Result legal = check(load_file(file), options);
  REQUIRE(legal.proposal);
  const std::string md = rendered(legal, Markup::markdown);
  // The board checklist did not run: neither its verdict words nor its name.
  const Framework& board = default_framework();
  CHECK(md.find(board.words.assured) == std::string::npos);
  CHECK(md.find(board.checked_as) == std::string::npos);
  CHECK(md.find("The checklist at a glance") == std::string::npos);
  CHECK(md.find("## Verdict: " + std::string(label(legal.verdict, legal.frameworks)) + "\n") !=
        std::string::npos);
  CHECK(md.find("against the legal duties framework.") != std::string::npos);
  // Its own findings are shown once, and so is the dissent every selection carries.
  const std::string full = rendered(legal, Markup::markdown, "appendix", true);
  for (const Finding& f : legal.findings)
    if (f.counts() && f.message.find_first_of("|*_[<`\\#\n") == std::string::npos) {
      INFO(f.message);
      CHECK(occurrences(md, as_sentence(f.message)) == (f.severity == Severity::advice ? 0 : 1));
      CHECK(occurrences(full, f.message) == 1);
    }
  CHECK(occurrences(full, "(see The evidence itself)") == 2);

  const std::string board_md = rendered(check(load_file(file), test::fixed_day_options()), Markup::markdown);
  CHECK(board_md.find("against the board assurance rules, version 2.") != std::string::npos);
}

TEST_CASE("the you-said-we-did page has no verdict words and gives the contact") {
  const Result result = checked("inputs/appendix/dissent.yaml");
  REQUIRE(result.proposal);
  const std::string page = rendered(result, Markup::markdown, "you-said-we-did");
  for (const char* jargon : {"Verdict", "verdict", "checklist", "Checklist", "assured", "Not met", "waived", "rule"})
    CHECK_MESSAGE(page.find(jargon) == std::string::npos, jargon);
  // The `@` escaped, so that GitHub-flavoured Markdown makes no link of it.
  CHECK(page.find("contact us: Life Rooms engagement team: liferooms.engagement\\@example.nhs.uk") != std::string::npos);
  CHECK(page.find("large print, easy read, another language or on paper") != std::string::npos);
  CHECK(page.find("**Why we did not do this:** No affordable lease") != std::string::npos);
}

TEST_CASE("a contact is masked where it names a person, and kept where it is the team's own") {
  const auto page = [](std::string_view contact) {
    std::string text(test::kHeader);
    text.insert(text.find("  decision:"), fmt::format("  contact: {}\n", contact));
    const Result result = check(load_text(text, "input.yaml", "."), test::fixed_day_options());
    REQUIRE(result.proposal);
    return rendered(result, Markup::markdown, "you-said-we-did");
  };
  const std::string team = page("PALS, patient.experience@example.nhs.uk, 0151 555 0100 or 0300 123 4567");
  CHECK(team.find("PALS, patient.experience\\@example.nhs.uk, 0151 555 0100 or 0300 123 4567") != std::string::npos);
  const std::string person = page("Mrs Amina Begum, 14 Acacia Avenue, Leeds LS1 4AP, 07700 900123");
  CHECK(person.find("Begum") == std::string::npos);
  CHECK(person.find("LS1 4AP") == std::string::npos);
  CHECK(person.find("07700") == std::string::npos);
  CHECK(person.find("[redacted: a person's name], 14 Acacia Avenue, Leeds [redacted: a full postcode], "
                    "[redacted: a phone number]") != std::string::npos);
}

TEST_CASE("hostile text stays text in every template and markup") {
  const Result result = checked("inputs/appendix/hostile.yaml");
  REQUIRE(result.proposal);
  for (Markup markup : {Markup::markdown, Markup::html, Markup::docx})
    for (const std::string& name : template_names(template_dirs(), markup, "", true)) {
      INFO(name, " as ", extension(markup));
      std::string out = rendered(result, markup, name);
      if (markup == Markup::markdown) {
        // Every `<` that could open a tag is backslash-escaped; `<br>` is coprod's own.
        for (std::size_t at = out.find("<br>"); at != std::string::npos; at = out.find("<br>", at))
          out.erase(at, 4);
        for (std::size_t at = out.find('<'); at != std::string::npos; at = out.find('<', at + 1))
          CHECK_MESSAGE((at > 0 && out[at - 1] == '\\'), out.substr(at, 20));
      } else {
        for (const char* markup_text : {"<script", "<img", "<em>", "<b>"})
          CHECK(out.find(markup_text) == std::string::npos);
        CHECK(out.find("&lt;script&gt;") != std::string::npos);
      }
    }
}

}  // namespace coprod
