#include "render/json.h"

#include "privacy/personal_data.h"
#include "render/render.h"
#include "rules/registry.h"
#include "rules/rule.h"

namespace coprod {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kReportVersion = 1;

Json position(std::uint32_t value) { return value == 0 ? Json(nullptr) : Json(value); }

Json finding_json(const Result& r, const Finding& f) {
  const std::string& file = r.file;
  Json j;
  j["rule"] = f.rule->id;
  j["severity"] = name(f.severity);
  j["framework"] = framework_of(*f.rule).id;
  j["item"] = f.rule->item->id;
  j["file"] = file;
  j["line"] = position(f.at.line);
  j["column"] = position(f.at.column);
  j["path"] = f.path;
  j["message"] = f.message;
  j["guidance"] = f.advice_text();
  j["waived"] = f.waiver.has_value();
  if (f.waiver && f.waiver->reconciliation)
    j["waiver"] = {{"reason", f.waiver->reason},
                   {"approved_by", f.waiver->approved_by},
                   {"reconciliation", true}};
  else if (f.waiver)
    j["waiver"] = {{"reason", f.waiver->reason},
                   {"approved_by", f.waiver->approved_by},
                   {"expires", f.waiver->expires.iso()}};
  if (f.waiver && !f.waiver->config.empty()) j["waiver"]["config"] = f.waiver->config;
  j["not_applicable"] = f.not_applicable;
  j["also"] = also(*f.rule, r);
  return j;
}

Json items_json(const std::vector<ItemResult>& items) {
  Json out = Json::array();
  for (const ItemResult& item : items)
    out.push_back({{"id", item.item->id},
                   {"title", item.item->title},
                   {"status", id(item.status)},
                   {"waived", item.waived}});
  return out;
}

Json proposal_json(const Result& r, const RenderOptions& options) {
  Json j;
  j["file"] = r.file;
  if (r.proposal) {
    const ProposalInfo& p = r.proposal->proposal;
    // Quoted from the proposal, so shown as every quoted text is.
    j["id"] = p.id.given() ? Json(shown(*p.id)) : Json(nullptr);
    j["title"] = shown(*p.title);
    j["organisation"] = shown(*p.organisation);
    j["board_date"] = p.board_date->iso();
  }
  j["verdict"] = id(r.verdict);
  if (r.proposal)
    j["evidence"] = {{"cited", r.evidence.cited},
                     {"read", r.evidence.read},
                     {"checked", r.evidence.checked},
                     {"summary", evidence_read(r)}};
  Json frameworks = Json::array();
  for (const FrameworkResult& f : r.frameworks)
    frameworks.push_back({{"id", f.framework->id},
                          {"title", f.framework->title},
                          {"verdict", id(f.verdict)},
                          {"verdict_label", label(f.verdict, *f.framework)},
                          {"items", items_json(f.items)}});
  j["frameworks"] = std::move(frameworks);
  j["items"] = items_json(r.items());
  Json findings = Json::array();
  for (const Finding& f : r.findings)
    if (shown(f, options)) findings.push_back(finding_json(r, f));
  j["findings"] = std::move(findings);
  Json errors = Json::array();
  for (const Error& e : r.errors)
    errors.push_back({{"file", r.file},
                      {"line", position(e.at.line)},
                      {"column", position(e.at.column)},
                      {"kind", kind_name(e.kind)},
                      {"message", e.message}});
  j["errors"] = std::move(errors);
  return j;
}

class JsonRenderer : public Renderer {
 public:
  explicit JsonRenderer(const RenderOptions& options) : options_(options) {}

  void begin(std::ostream& out) override {
    out << "{\n  \"coprod_report\": " << kReportVersion << ",\n  \"proposals\": [";
  }

  void proposal(const Result& result, std::ostream& out) override {
    out << (first_ ? "\n    " : ",\n    ");
    first_ = false;
    write_indented(out, proposal_json(result, options_).dump(2, ' ', false, Json::error_handler_t::replace), "    ");
  }

  void end(const Summary& s, std::ostream& out) override {
    out << (first_ ? "]" : "\n  ]");
    if (!s.configuration.empty())
      out << ",\n  \"configuration\": " << Json(s.configuration).dump(-1, ' ', false, Json::error_handler_t::replace);
    if (!s.notices.empty()) {
      // Problems with the configuration file, once per run (docs/ci.md).
      Json notices = Json::array();
      for (const Notice& n : s.notices)
        if (shown(n, options_)) notices.push_back({{"rule", n.rule},
                           {"severity", name(n.severity)},
                           {"file", n.file},
                           {"line", position(n.at.line)},
                           {"column", position(n.at.column)},
                           {"message", n.message}});
      out << ",\n  \"notices\": ";
      write_indented(out, notices.dump(2, ' ', false, Json::error_handler_t::replace), "  ");
    }
    out << ",\n  \"summary\": ";
    write_indented(out, summary_json(s).dump(2, ' ', false, Json::error_handler_t::replace), "  ");
    out << "\n}\n";
  }

 private:
  RenderOptions options_;
  bool first_ = true;
};

}  // namespace


void write_indented(std::ostream& out, const std::string& text, std::string_view indent) {
  // A line at a time: a big report is millions of characters.
  std::size_t from = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
    out.write(text.data() + from, std::streamsize(nl + 1 - from));
    out.write(indent.data(), std::streamsize(indent.size()));
    from = nl + 1;
  }
  out.write(text.data() + from, std::streamsize(text.size() - from));
}

Json summary_json(const Summary& s) {
  return {{"proposals", s.proposals}, {"assured", s.assured},   {"conditional", s.conditional},
          {"do_not_proceed", s.do_not_proceed}, {"invalid", s.invalid}, {"blocking", s.blocking},
          {"warning", s.warning},     {"advice", s.advice},     {"waived", s.waived}};
}

std::unique_ptr<Renderer> make_json_renderer(const RenderOptions& options) {
  return std::make_unique<JsonRenderer>(options);
}

}  // namespace coprod
