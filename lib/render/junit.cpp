#include "render/junit.h"

#include <fmt/format.h>

#include "core/escape.h"
#include "privacy/personal_data.h"
#include "render/render.h"
#include "render/text.h"
#include "rules/registry.h"

namespace coprod {
namespace {

// What one testcase says: a failure (findings at or above the fail level), a
// skip (every finding not applicable) or a pass.
struct Case {
  std::string name, classname;
  std::string outcome;  // "failure", "error", "skipped" or "" for a pass
  std::string type, message, body;
};

class JunitRenderer : public Renderer {
 public:
  explicit JunitRenderer(const RenderOptions& options) : options_(options) {}

  void begin(std::ostream& out) override {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
  }

  void proposal(const Result& r, std::ostream& out) override {
    if (!r.proposal) {
      suite(r, nullptr, r.file, out);
      return;
    }
    if (!per_framework(r)) {
      suite(r, &r.frameworks.front(), r.file, out);
      return;
    }
    // A testsuite per framework, so CI shows each verdict.
    for (const FrameworkResult& f : r.frameworks)
      suite(r, &f, fmt::format("{} [{}]", r.file, f.framework->id), out);
  }

  void end(const Summary& summary, std::ostream& out) override {
    if (!summary.notices.empty()) {
      std::vector<Case> cases;
      std::string system_out;
      for (const Notice& n : summary.notices) {
        if (!shown(n, options_)) continue;
        const std::string line = text_line(n) + "\n";
        if (fails(n, options_.fail_on))
          cases.push_back({fmt::format("{} (line {})", n.rule, n.at.line), "coprod.configuration",
                           "failure", std::string(name(n.severity)), n.message, line});
        else
          system_out += line;
      }
      if (cases.empty()) cases.push_back({"configuration", "coprod.configuration", {}, {}, {}, {}});
      write_suite(summary.notices.front().file, {}, cases, system_out, out);
    }
    out << "</testsuites>\n";
  }

 private:
  // One proposal's testsuite for one framework: a testcase per rule of it
  // and per integrity rule; `f` is null for a document that is not valid.
  void suite(const Result& r, const FrameworkResult* f, const std::string& name, std::ostream& out) {
    std::vector<Case> cases;
    std::string system_out;
    if (!r.errors.empty()) {
      Case c{std::string(kInvalidDocumentRule), "coprod.format", "error", "invalid-document",
             r.errors.front().message, {}};
      for (const Error& e : r.errors) c.body += text_line(r.file, e) + "\n";
      cases.push_back(std::move(c));
    }
    if (f != nullptr) {
      std::vector<const Rule*> rules(f->framework->rules.begin(), f->framework->rules.end());
      const std::vector<const Rule*> carried = carried_rules({&f->framework, 1});
      rules.insert(rules.end(), carried.begin(), carried.end());
      const bool board = f->framework == &default_framework();
      for (const Rule* rule : rules) {
        const ItemInfo& item = *f->item_of(*rule);
        const std::string classname =
            board || &item == &kIntegrity ? fmt::format("coprod.{}", item.id)
                                          : fmt::format("coprod.{}.{}", f->framework->id, item.id);
        cases.push_back(rule_case(r, *rule, classname, system_out));
      }
    }
    std::vector<std::pair<std::string, std::string>> properties;
    properties.emplace_back("verdict", std::string(id(f != nullptr && per_framework(r) ? f->verdict : r.verdict)));
    if (f != nullptr && per_framework(r)) properties.emplace_back("framework", std::string(f->framework->id));
    if (r.proposal) properties.emplace_back("title", shown(*r.proposal->proposal.title));
    write_suite(name, properties, cases, system_out, out);
  }

  Case rule_case(const Result& r, const Rule& rule, std::string classname, std::string& system_out) {
    Case c{std::string(rule.id), std::move(classname), {}, {}, {}, {}};
    bool any = false, all_not_applicable = true;
    std::optional<Severity> worst;
    for (const Finding& f : r.findings) {
      if (f.rule != &rule || !shown(f, options_)) continue;
      any = true;
      all_not_applicable &= f.not_applicable;
      if (fails(f, options_.fail_on)) {
        if (c.message.empty()) c.message = f.message;
        worst = worst ? std::max(*worst, f.severity) : f.severity;
        c.body += text_line(r.file, f) + "\n";
      } else if (!f.not_applicable) {
        system_out += text_line(r.file, f) + "\n";
      }
    }
    if (worst) {
      c.outcome = "failure";
      c.type = name(*worst);
    } else if (any && all_not_applicable) {
      c.outcome = "skipped";
      for (const Finding& f : r.findings)
        if (f.rule == &rule && f.not_applicable) {
          c.message = fmt::format("not applicable: {}", f.message);
          break;
        }
    }
    return c;
  }

  void write_suite(const std::string& name,
                   const std::vector<std::pair<std::string, std::string>>& properties,
                   const std::vector<Case>& cases, const std::string& system_out,
                   std::ostream& out) {
    std::size_t failures = 0, errors = 0, skipped = 0;
    for (const Case& c : cases) {
      failures += c.outcome == "failure";
      errors += c.outcome == "error";
      skipped += c.outcome == "skipped";
    }
    out << fmt::format(
        "  <testsuite name=\"{}\" package=\"coprod\" id=\"{}\" timestamp=\"{}T00:00:00\" "
        "hostname=\"localhost\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" "
        "time=\"0\">\n",
        xml_attribute(name.empty() ? "-" : name), next_id_++, options_.today.iso(), cases.size(),
        failures, errors, skipped);
    out << "    <properties>\n";
    for (const auto& [key, value] : properties)
      out << fmt::format("      <property name=\"{}\" value=\"{}\"/>\n", xml_attribute(key),
                         xml_attribute(value));
    out << "    </properties>\n";
    for (const Case& c : cases) {
      out << fmt::format("    <testcase name=\"{}\" classname=\"{}\" time=\"0\"", xml_attribute(c.name),
                         xml_attribute(c.classname));
      if (c.outcome.empty()) {
        out << "/>\n";
        continue;
      }
      out << ">\n      <" << c.outcome << " message=\"" << xml_attribute(c.message) << '"';
      if (!c.type.empty()) out << " type=\"" << xml_attribute(c.type) << '"';
      if (c.body.empty()) out << "/>\n";
      else out << '>' << xml_text(c.body) << "</" << c.outcome << ">\n";
      out << "    </testcase>\n";
    }
    out << "    <system-out>" << xml_text(system_out) << "</system-out>\n";
    out << "    <system-err></system-err>\n";
    out << "  </testsuite>\n";
  }

  RenderOptions options_;
  std::size_t next_id_ = 0;
};

}  // namespace

std::unique_ptr<Renderer> make_junit_renderer(const RenderOptions& options) {
  return std::make_unique<JunitRenderer>(options);
}

}  // namespace coprod
