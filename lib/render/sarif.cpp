// SARIF 2.1.0 (OASIS), as GitHub code scanning and other CI dashboards read
// it. See docs/ci.md for what goes where.

#include <cstdint>
#include <filesystem>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/catalogue.h"
#include "render/json.h"
#include "render/render.h"
#include "rules/registry.h"

namespace coprod {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

std::string_view level(Severity severity) {
  switch (severity) {
    case Severity::blocking: return "error";
    case Severity::warning: return "warning";
    case Severity::advice: return "note";
  }
  return "note";
}

// "who-paid" → "WhoPaid": SARIF's rule name is an identifier, not prose.
std::string pascal_case(std::string_view id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '-') {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
    upper = false;
  }
  return out;
}

// A relative URI reference with / separators, so code scanning resolves it
// against the repository root (%SRCROOT%). Absolute paths inside the current
// directory are made relative; anything else is percent-encoded as it is.
std::string uri_of(std::string_view file) {
  namespace fs = std::filesystem;
  fs::path path(file);
  std::error_code ec;
  if (path.is_absolute()) {
    const fs::path relative = path.lexically_relative(fs::current_path(ec));
    if (!ec && !relative.empty() && *relative.begin() != "..") path = relative;
  }
  const std::string text = path.lexically_normal().generic_string();
  std::string out;
  for (unsigned char c : text) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (safe) out += char(c);
    else out += fmt::format("%{:02X}", unsigned(c));
  }
  return path.is_absolute() ? "file://" + out : out;
}

// FNV-1a: a fingerprint that stays the same from run to run and machine to
// machine, and does not move when lines above the finding are added.
std::string fingerprint(std::initializer_list<std::string_view> parts) {
  std::uint64_t hash = 14695981039346656037ull;
  for (std::string_view part : parts) {
    for (unsigned char c : part) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
    hash ^= 0xFF;  // a separator no text contains
    hash *= 1099511628211ull;
  }
  return fmt::format("{:016x}", hash);
}

Json region(Location at) {
  // Code scanning needs a line; an error with no position (a file that cannot
  // be read) points at the start of the file.
  return {{"startLine", at.known() ? at.line : 1u}, {"startColumn", at.known() ? at.column : 1u}};
}

Json physical(const std::string& uri, Location at) {
  return {{"physicalLocation",
           {{"artifactLocation", {{"uri", uri}, {"uriBaseId", "%SRCROOT%"}}},
            {"region", region(at)}}}};
}

Json rule_descriptor(const Rule& rule) {
  const std::string why = fmt::format("“{}” ({})", rule.quote, rule.source);
  Json r;
  r["id"] = rule.id;
  r["name"] = pascal_case(rule.id);
  r["shortDescription"] = {{"text", rule.title}};
  r["fullDescription"] = {{"text", fmt::format("{}. Why it matters: {}", rule.title, why)}};
  r["help"] = {
      {"text", fmt::format("Why it matters: {}\nWhat meets it: {}\nExample:\n{}", why, rule.meets,
                           rule.example)},
      {"markdown", fmt::format("**Why it matters:** {}\n\n**What meets it:** {}\n\n```yaml\n{}```\n",
                               why, rule.meets, rule.example)}};
  if (const std::string uri = help_uri(rule); !uri.empty()) r["helpUri"] = uri;
  r["defaultConfiguration"] = {{"level", level(rule.severity)}};
  const Framework& framework = framework_of(rule);
  r["properties"] = {{"tags", {"coprod", std::string(framework.id), std::string(rule.item->id)}},
                     {"framework", framework.id},
                     {"item", rule.item->id},
                     {"checklist-item", rule.item->id},
                     {"severity", name(rule.severity)}};
  return r;
}

Json invalid_document_descriptor() {
  Json r;
  r["id"] = kInvalidDocumentRule;
  r["name"] = "InvalidDocument";
  r["shortDescription"] = {{"text", "The file is a valid coprod proposal"}};
  r["fullDescription"] = {
      {"text", "The file could not be read as a proposal in the coprod format (`coprod schema "
               "--format markdown` describes it), so no rule was checked and it has no verdict."}};
  r["help"] = {{"text", "Fix the error at the place shown; `coprod schema` prints the format as "
                        "JSON Schema for editors."}};
  r["defaultConfiguration"] = {{"level", "error"}};
  r["properties"] = {{"tags", {"coprod"}}};
  return r;
}

// The log is written as it goes: the envelope and the tool's rules at the
// start, each result as its proposal comes, and what is known only at the
// end (the invocation with its configuration notices, the counts) after the
// results. A run over 100 000 files holds one proposal's results at a time.
class SarifRenderer : public Renderer {
 public:
  explicit SarifRenderer(const RenderOptions& options) : options_(options) {}

  void begin(std::ostream& out) override {
    Json rules = Json::array();
    const auto all = all_rules();
    for (std::size_t i = 0; i < all.size(); ++i) {
      rules.push_back(rule_descriptor(*all[i]));
      index_[all[i]] = i;
    }
    invalid_index_ = rules.size();
    rules.push_back(invalid_document_descriptor());

    Json driver;
    driver["name"] = "coprod";
    driver["version"] = COPROD_VERSION;
    driver["semanticVersion"] = COPROD_VERSION;
    driver["rules"] = std::move(rules);
    Json base_ids = Json::object();
    base_ids["%SRCROOT%"] = {{"description", {{"text", "The folder coprod was run from"}}}};

    out << "{\n  \"$schema\": " << Json(kSchema).dump() << ",\n  \"version\": \"2.1.0\",\n"
        << "  \"runs\": [\n    {\n      \"tool\": ";
    write_indented(out, Json{{"driver", std::move(driver)}}.dump(2, ' ', false, Json::error_handler_t::replace), "      ");
    out << ",\n      \"originalUriBaseIds\": ";
    write_indented(out, base_ids.dump(2, ' ', false, Json::error_handler_t::replace), "      ");
    // Columns count characters, as editors do, not UTF-16 units or bytes.
    out << ",\n      \"columnKind\": \"unicodeCodePoints\"";
    out << ",\n      \"results\": [";
  }

  void proposal(const Result& r, std::ostream& out) override {
    const std::string uri = uri_of(r.file);
    for (const Error& e : r.errors) {
      Json j;
      j["ruleId"] = kInvalidDocumentRule;
      j["ruleIndex"] = invalid_index_;
      j["level"] = "error";
      j["message"] = {{"text", e.message}};
      j["locations"] = Json::array({physical(uri, e.at)});
      j["partialFingerprints"] = {
          {"coprodFinding/v1", fingerprint({kInvalidDocumentRule, uri, e.message})}};
      // What to fix: `syntax`, `format`, `limit` or `io` (docs/json-report.md).
      j["properties"] = {{"kind", kind_name(e.kind)}};
      write_result(j, out);
    }
    for (const Finding& f : r.findings) {
      // Not applicable is neither pass nor fail; code scanning ignores a
      // result's `kind` and would raise it as an alert, so it is left out.
      if (f.not_applicable || !shown(f, options_)) continue;
      Json j;
      j["ruleId"] = f.rule->id;
      j["ruleIndex"] = index_.at(f.rule);
      j["level"] = level(f.severity);
      j["message"] = {{"text", f.guidance.empty() ? f.message
                                                  : fmt::format("{}\n{}", f.message, f.guidance)}};
      Json location = physical(uri, f.at);
      location["logicalLocations"] = Json::array({{{"fullyQualifiedName", f.path}}});
      j["locations"] = Json::array({std::move(location)});
      j["partialFingerprints"] = {
          {"coprodFinding/v1", fingerprint({f.rule->id, uri, f.path, f.message})}};
      if (f.waiver) {
        const AppliedWaiver& w = *f.waiver;
        j["suppressions"] = Json::array(
            {{{"kind", w.config.empty() ? "inSource" : "external"},
              {"status", "accepted"},
              {"justification",
               w.reconciliation
                   ? fmt::format("{} (reconciled by {})", w.reason, w.approved_by)
                   : fmt::format("{} (approved by {}; expires {})", w.reason, w.approved_by,
                                 w.expires.iso())}}});
      }
      j["properties"] = {{"framework", framework_of(*f.rule).id},
                         {"checklist-item", f.rule->item->id},
                         {"severity", name(f.severity)},
                         {"path", f.path}};
      if (const std::vector<std::string> served = also(*f.rule, r); !served.empty())
        j["properties"]["also"] = served;
      write_result(j, out);
    }
  }

  void end(const Summary& summary, std::ostream& out) override {
    out << (results_ == 0 ? "]" : "\n      ]");

    Json invocation;
    invocation["executionSuccessful"] = true;
    Json notes = Json::array();
    for (const Notice& n : summary.notices) {
      if (!shown(n, options_)) continue;
      notes.push_back({{"level", level(n.severity)},
                       {"message", {{"text", n.message}}},
                       {"locations", Json::array({physical(uri_of(n.file), n.at)})},
                       {"associatedRule", {{"id", n.rule}}}});
    }
    if (!notes.empty()) invocation["toolConfigurationNotifications"] = std::move(notes);
    out << ",\n      \"invocations\": ";
    write_indented(out, Json::array({std::move(invocation)}).dump(2, ' ', false, Json::error_handler_t::replace), "      ");

    const Json properties = {{"summary", summary_json(summary)}};
    out << ",\n      \"properties\": ";
    write_indented(out, properties.dump(2, ' ', false, Json::error_handler_t::replace), "      ");
    out << "\n    }\n  ]\n}\n";
  }

 private:
  void write_result(const Json& result, std::ostream& out) {
    out << (results_++ == 0 ? "\n        " : ",\n        ");
    write_indented(out, result.dump(2, ' ', false, Json::error_handler_t::replace), "        ");
  }

  RenderOptions options_;
  std::map<const Rule*, std::size_t> index_;
  std::size_t invalid_index_ = 0;
  std::size_t results_ = 0;  // written so far
};

}  // namespace

std::unique_ptr<Renderer> make_sarif_renderer(const RenderOptions& options) {
  return std::make_unique<SarifRenderer>(options);
}

}  // namespace coprod
