// A Markdown report to paste into a board paper or a pull request comment:
// per proposal the verdict, the checklist items with their status, and the
// findings under each item with what would meet it.

#include <algorithm>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "privacy/personal_data.h"
#include "render/markdown_escape.h"
#include "render/render.h"
#include "rules/registry.h"
#include "rules/rule.h"

namespace coprod {
namespace {

// Text from a proposal or the file system goes through md(); messages that
// coprod composes (which quote names and values in backticks) through message().
std::string md(std::string_view text) { return escape_markdown(text); }
std::string message(std::string_view text) { return markdown_message(text); }

std::string item_number(const ItemInfo& item) {
  return item.number > 0 ? std::to_string(item.number) : std::string("–");
}

std::string where(Location at) {
  if (!at.known()) return {};
  return fmt::format(" (line {}, column {})", at.line, at.column);
}

// "`who-inequalities`", or "`who-inequalities` (also: legal-duties/equality)".
std::string tag(const Finding& f, const Result& r) {
  return fmt::format("`{}`{}", f.rule->id, also_suffix(also(*f.rule, r)));
}

std::string finding_entry(const Finding& f, const Result& r) {
  if (f.not_applicable)
    return fmt::format("- **Not applicable**{}: {} {}\n", where(f.at), md(f.message), tag(f, r));
  std::string severity = std::string(name(f.severity));
  severity[0] = static_cast<char>(severity[0] - 'a' + 'A');
  std::string entry;
  if (f.waiver && f.waiver->reconciliation)
    entry = fmt::format("- ~~{}~~ **reconciled**{}: {} {}  \n  Reconciled by {}: {}  \n", severity,
                        where(f.at), message(f.message), tag(f, r), md(f.waiver->approved_by),
                        md(f.waiver->reason));
  else if (f.waiver)
    entry = fmt::format("- ~~{}~~ **waived**{}: {} {}  \n  Waived until {} by {}: {}  \n",
                        severity, where(f.at), message(f.message), tag(f, r), f.waiver->expires.iso(),
                        md(f.waiver->approved_by), md(f.waiver->reason));
  else
    entry = fmt::format("- **{}**{}: {} {}  \n", severity, where(f.at), message(f.message),
                        tag(f, r));
  // Guidance is coprod's own Markdown; a line break in it would end the list item.
  std::string advice(f.advice_text());
  while (!advice.empty() && advice.back() == '\n') advice.pop_back();
  std::replace(advice.begin(), advice.end(), '\n', ' ');
  entry += fmt::format("  {}: {}\n", f.guidance.empty() ? "What meets it" : "What to do", advice);
  return entry;
}

class MarkdownRenderer : public Renderer {
 public:
  explicit MarkdownRenderer(const RenderOptions& options) : options_(options) {}

  void proposal(const Result& r, std::ostream& out) override {
    if (r.proposal) header(r, out);
    else out << fmt::format("## {}\n\n", md(r.file));
    out << fmt::format("**{}**{}\n\n", verdict(r), counts(r));

    if (!r.errors.empty()) {
      out << "This file is not a valid proposal, so it has no checklist. Fix these first:\n\n";
      for (const Error& e : r.errors) {
        const std::string at = e.at.known() ? fmt::format("Line {}, column {}: ", e.at.line, e.at.column)
                                            : std::string();
        out << fmt::format("- {}{}\n", at, message(e.message));
      }
      out << '\n';
      return;
    }

    // With several frameworks, a section for each, headed by its verdict.
    const bool several = several_frameworks(r);
    for (const FrameworkResult& f : r.frameworks) {
      if (several) {
        const std::string counted = result_counts(f);
        out << fmt::format("### {}: {}{}\n\n", f.framework->title, label(f.verdict, *f.framework),
                           counted.empty() ? std::string() : fmt::format(" ({})", counted));
      }
      if (!f.framework->preface.empty()) out << fmt::format("*{}*\n\n", f.framework->preface);
      checklist(r, f, several ? "####" : "###", out);
    }
  }

  // The item table, then each item's findings: those shown in this
  // framework's part (place_of), so that each finding is shown once.
  void checklist(const Result& r, const FrameworkResult& framework, std::string_view heading,
                 std::ostream& out) const {
    const std::vector<ItemResult>& items = framework.items;
    out << "| # | Checklist item | Status |\n| --- | --- | --- |\n";
    for (const ItemResult& item : items)
      out << fmt::format("| {} | {} | {} |\n", item_number(*item.item), item.item->title,
                         status_label(item));
    out << '\n';

    for (const ItemResult& item : items) {
      std::string entries;
      for (const Finding& f : r.findings) {
        const Place place = place_of(*f.rule, r);
        if (place.framework == &framework && place.item == item.item && shown(f, options_))
          entries += finding_entry(f, r);
      }
      if (entries.empty()) continue;
      out << fmt::format("{} {} — {}\n\n{}\n", heading, item_heading(*item.item),
                         status_label(item), entries);
    }
  }

  void end(const Summary& s, std::ostream& out) override {
    out << fmt::format("---\n\n**Summary:** {}\n", summary_line(s));
  }

 private:
  static void header(const Result& r, std::ostream& out) {
    const ProposalInfo& p = r.proposal->proposal;
    // Quoted from the proposal, so shown as every quoted text is.
    out << fmt::format("## {}\n\n", md(shown(*p.title)));
    std::vector<std::string> facts;
    facts.push_back(fmt::format("File: {}", md(r.file)));
    if (p.id.given()) facts.push_back(fmt::format("Reference: {}", md(shown(*p.id))));
    facts.push_back(fmt::format("Organisation: {}", md(shown(*p.organisation))));
    facts.push_back(fmt::format("Board date: {}", p.board_date->iso()));
    if (const std::string evidence = evidence_read(r); !evidence.empty())
      facts.push_back(fmt::format("Evidence: {}", evidence));
    out << fmt::format("{}\n\n", fmt::join(facts, "  \n"));
  }

  static std::string verdict(const Result& r) {
    return fmt::format("Verdict: {}", verdict_label(r));
  }

  static std::string counts(const Result& r) {
    if (r.verdict == Verdict::invalid) return fmt::format(" ({})", count(r.errors.size(), "error", "errors"));
    const std::string counted = result_counts(r);
    return counted.empty() ? std::string() : fmt::format(" ({})", counted);
  }

  RenderOptions options_;
};

}  // namespace

std::unique_ptr<Renderer> make_markdown_renderer(const RenderOptions& options) {
  return std::make_unique<MarkdownRenderer>(options);
}

}  // namespace coprod
