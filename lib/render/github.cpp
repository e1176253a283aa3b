// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`),
// which GitHub shows as annotations on the pull request's changed files.

#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/escape.h"
#include "render/render.h"
#include "render/text.h"

namespace coprod {
namespace {

std::string_view command(Severity severity) {
  switch (severity) {
    case Severity::blocking: return "error";
    case Severity::warning: return "warning";
    case Severity::advice: return "notice";
  }
  return "notice";
}

// `::error file=…,line=…,col=…,title=…::message`; the position is left out
// when there is none (a file that cannot be read).
std::string annotation(std::string_view kind, std::string_view file, Location at,
                       std::string_view title, std::string_view message) {
  std::string properties = fmt::format("file={}", github_property(file));
  if (at.known()) properties += fmt::format(",line={},col={}", at.line, at.column);
  properties += fmt::format(",title={}", github_property(title));
  return fmt::format("::{} {}::{}\n", kind, properties, github_data(message));
}

class GithubRenderer : public Renderer {
 public:
  explicit GithubRenderer(const RenderOptions& options) : options_(options) {}

  void proposal(const Result& r, std::ostream& out) override {
    for (const Error& e : r.errors) {
      // The title says what to fix before reading on.
      const std::string_view title = e.kind == ErrorKind::syntax ? "coprod: not valid YAML"
                                     : e.kind == ErrorKind::io   ? "coprod: cannot be read"
                                                                 : "coprod: not a valid proposal";
      out << annotation("error", r.file, e.at, title, e.message);
    }
    for (const Finding& f : r.findings) {
      // Not applicable is neither pass nor fail: not worth an annotation.
      if (f.not_applicable || !shown(f, options_)) continue;
      const std::string title = fmt::format("coprod {} [{}]", name(f.severity), f.rule->id);
      if (f.waiver) {
        // Waived findings stay visible, as notices, with who waived them and why.
        const AppliedWaiver& w = *f.waiver;
        out << annotation("notice", r.file, f.at,
                          fmt::format("coprod {} [{}]", w.reconciliation ? "reconciled" : "waived",
                                      f.rule->id),
                          w.reconciliation
                              ? fmt::format("{} (reconciled by {}: {})", f.message, w.approved_by,
                                            w.reason)
                              : fmt::format("{} (waived until {} by {}: {})", f.message,
                                            w.expires.iso(), w.approved_by, w.reason));
        continue;
      }
      // The guidance after a blank line (escaped as %0A%0A): the annotation
      // shows what is wrong, then what to do, never run together.
      out << annotation(command(f.severity), r.file, f.at, title,
                        fmt::format("{}\n\nGuidance: {}{}", f.message, f.advice_text(),
                                    also_suffix(also(*f.rule, r))));
    }
    const bool several = several_frameworks(r);
    if (several)
      for (const FrameworkResult& f : r.frameworks)
        out << fmt::format("{}: {}: {}\n", r.file, f.framework->title, label(f.verdict, *f.framework));
    out << fmt::format("{}: {}{}\n", r.file, several ? "verdict: " : "", verdict_label(r));
  }

  void end(const Summary& s, std::ostream& out) override {
    for (const Notice& n : s.notices)
      if (shown(n, options_)) out << annotation(command(n.severity), n.file, n.at,
                        fmt::format("coprod configuration [{}]", n.rule), n.message);
    out << summary_line(s) << '\n';
  }

 private:
  RenderOptions options_;
};

}  // namespace

std::unique_ptr<Renderer> make_github_renderer(const RenderOptions& options) {
  return std::make_unique<GithubRenderer>(options);
}

}  // namespace coprod
