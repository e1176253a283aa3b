#include "render/text.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace coprod {
namespace {

constexpr std::string_view kReset = "\033[0m";
constexpr std::string_view kRed = "\033[1;31m";
constexpr std::string_view kYellow = "\033[1;33m";
constexpr std::string_view kCyan = "\033[36m";
constexpr std::string_view kGreen = "\033[1;32m";
constexpr std::string_view kDim = "\033[2m";

std::string paint(std::string_view text, std::string_view colour, bool color) {
  if (!color) return std::string(text);
  return fmt::format("{}{}{}", colour, text, kReset);
}

class TextRenderer : public Renderer {
 public:
  explicit TextRenderer(const RenderOptions& options) : options_(options) {}

  void proposal(const Result& r, std::ostream& out) override {
    for (const Error& e : r.errors) out << text_line(r.file, e, options_.color) << '\n';

    std::vector<const Finding*> findings;
    for (const Finding& f : r.findings)
      if (shown(f, options_)) findings.push_back(&f);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding* a, const Finding* b) { return a->at < b->at; });
    for (const Finding* f : findings)
      out << text_line(r.file, *f, options_.color, also(*f->rule, r)) << '\n';
    any_findings_ |= !findings.empty();

    // With several frameworks, each one's verdict, then the proposal's: the worst of them.
    const bool several = several_frameworks(r);
    if (several)
      for (const FrameworkResult& f : r.frameworks)
        out << fmt::format("{}: {}: {}\n", r.file, f.framework->title, verdict(f));
    if (const std::string evidence = evidence_read(r); !evidence.empty())
      out << fmt::format("{}: {}\n", r.file, evidence);
    out << fmt::format("{}: {}{}\n", r.file, several ? "verdict: " : "", verdict(r));
  }

  void end(const Summary& s, std::ostream& out) override {
    for (const Notice& n : s.notices)
      if (shown(n, options_)) out << text_line(n, options_.color) << '\n';
    if (any_findings_)
      out << "Run `coprod explain RULE-ID` to see why a rule matters and what meets it.\n";
    out << summary_line(s) << '\n';
  }

 private:
  std::string paint(std::string_view text, std::string_view colour) const {
    return coprod::paint(text, colour, options_.color);
  }

  std::string verdict(const Result& r) const {
    const std::string words = verdict_label(r);
    switch (r.verdict) {
      case Verdict::invalid:
        return paint(fmt::format("{} ({})", words, count(r.errors.size(), "error", "errors")), kRed);
      case Verdict::assured: return paint(words, kGreen);
      case Verdict::conditional:
        return paint(fmt::format("{} ({})", words, result_counts(r)), kYellow) + main_reason(r);
      case Verdict::do_not_proceed:
        return paint(fmt::format("{} ({})", words, result_counts(r)), kRed) + main_reason(r);
    }
    return {};
  }

  std::string verdict(const FrameworkResult& f) const {
    const std::string_view words = label(f.verdict, *f.framework);
    const std::string counts = result_counts(f);
    const std::string text = counts.empty() ? std::string(words) : fmt::format("{} ({})", words, counts);
    switch (f.verdict) {
      case Verdict::assured: return paint(text, kGreen);
      case Verdict::conditional: return paint(text, kYellow);
      default: return paint(text, kRed);
    }
  }

  // ": <message> [rule-id]" of the finding that decides the verdict: the first
  // blocking one, else the first warning, in checklist order.
  static std::string main_reason(const Result& r) {
    const Finding* reason = nullptr;
    for (const Finding& f : r.findings) {
      if (!f.counts() || f.severity == Severity::advice) continue;
      if (reason == nullptr || f.severity > reason->severity) reason = &f;
    }
    if (reason == nullptr) return {};
    return fmt::format(": {} [{}]", reason->message, reason->rule->id);
  }

  RenderOptions options_;
  bool any_findings_ = false;
};

}  // namespace

std::string text_line(std::string_view file, const Finding& f, bool color,
                      const std::vector<std::string>& also) {
  // "[who-inequalities]", or "[who-inequalities] (also: legal-duties/equality)".
  const std::string tag = fmt::format("[{}]{}", f.rule->id, also_suffix(also));
  if (f.not_applicable)
    return fmt::format("{}: {}: {} {}", located(file, f.at), paint("not applicable", kDim, color),
                       f.message, tag);
  const std::string_view colour = f.severity == Severity::blocking  ? kRed
                                  : f.severity == Severity::warning ? kYellow
                                                                    : kCyan;
  std::string text = fmt::format("{}: {}: {} {}", located(file, f.at),
                                 paint(name(f.severity), colour, color), f.message, tag);
  if (f.waiver && f.waiver->reconciliation)
    text += fmt::format(" (reconciled by {}: {})", f.waiver->approved_by, f.waiver->reason);
  else if (f.waiver)
    text += fmt::format(" (waived{} until {} by {}: {})",
                        f.waiver->config.empty() ? "" : " in " + f.waiver->config,
                        f.waiver->expires.iso(), f.waiver->approved_by, f.waiver->reason);
  // The author's next step, on a line of its own: the first line is what a
  // board reads, this one may name keys.
  if (!f.guidance.empty()) text += fmt::format("\n    {}", f.guidance);
  return text;
}

std::string text_line(std::string_view file, const Error& e, bool color) {
  return fmt::format("{}: {}: {}", located(file, e.at), paint("error", kRed, color), e.message);
}

std::string text_line(const Notice& n, bool color) {
  return fmt::format("{}: {}: {} [{}]", located(n.file, n.at),
                     paint(name(n.severity), n.severity == Severity::blocking ? kRed : kYellow, color),
                     n.message, n.rule);
}

std::unique_ptr<Renderer> make_text_renderer(const RenderOptions& options) {
  return std::make_unique<TextRenderer>(options);
}

}  // namespace coprod
