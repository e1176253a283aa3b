// The engine of coprod.html: the library's check, appendix, rule explanation,
// format description and YAML reader (the document as a tree, for the page's
// guided form), for the page's worker (wasm/page/worker.js) to call
// from JavaScript. Only this file is new code; everything it calls is the
// library the command line uses, so the page and `coprod check` agree.
//
// Every function takes its texts as (address, size) pairs, the proposal as
// the bytes of its file (so a file that is not UTF-8 or holds a zero byte gets
// the command line's message), and returns the address of its result, which
// stays valid until the next call: coprod_result_size() bytes of JSON, text or
// a document; coprod_result_ok() says whether it is the result or a message
// saying why there is none.
//
// Evidence: a proposal names its evidence as files relative to its folder,
// and the page is usually given the proposal alone. Its evidence is then
// "not checked here": checked as if each file were there, and listed, so
// that a missing file the page cannot see is neither a failure nor a silent
// pass (see check_without_folder).

#include <emscripten/emscripten.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "check/check.h"
#include "core/escape.h"
#include "load/format_json.h"
#include "load/loader.h"
#include "load/schema.h"
#include "load/yaml_tree.h"
#include "render/appendix.h"
#include "render/builtin_templates.h"
#include "render/catalogue.h"
#include "render/docx.h"
#include "render/render.h"
#include "render/templates.h"
#include "rules/links.h"
#include "rules/registry.h"

namespace coprod::engine {
namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

// Where the proposal's folder is in the virtual file system when the page has
// none: an empty folder, made afresh for each check.
constexpr std::string_view kNoFolder = "/proposal";

struct Run {
  std::string file = "proposal.yaml";  // the name shown in the report
  std::string folder;                  // the proposal's folder, if the caller gave its files
  CheckOptions options;
};

Json parse_options(std::string_view text) { return Json::parse(text.empty() ? "{}" : text); }

// {"file", "folder", "today", "frameworks": [ids]}; every member optional.
Run read_options(std::string_view options_json) {
  const Json o = parse_options(options_json);
  Run run;
  run.file = o.value("file", run.file);
  run.folder = o.value("folder", std::string());
  if (o.contains("today")) {
    const auto today = Date::parse(o.at("today").get<std::string>());
    if (!today) throw std::invalid_argument("today must be a date written YYYY-MM-DD");
    run.options.today = *today;
  }
  for (const std::string& id : o.value("frameworks", std::vector<std::string>{})) {
    const Framework* framework = find_framework(id);
    if (framework == nullptr) throw std::invalid_argument(unknown_framework(id));
    if (std::find(run.options.frameworks.begin(), run.options.frameworks.end(), framework) ==
        run.options.frameworks.end())
      run.options.frameworks.push_back(framework);
  }
  if (run.options.frameworks.empty()) run.options.frameworks.push_back(&default_framework());
  return run;
}

void fresh_folder(const fs::path& folder) {
  fs::remove_all(folder);
  fs::create_directories(folder);
}

// The scalar values of a document by where they start.
void scalars_by_place(const yaml::Node& node, std::map<Location, std::string_view>& out) {
  if (node.is_scalar()) out.emplace(node.at, node.value);
  for (const yaml::Node* child : node.items) scalars_by_place(*child, out);
}

bool same_finding(const Finding& a, const Finding& b) {
  return a.rule == b.rule && a.at == b.at && a.message == b.message;
}

// A finding that stands only because the page has no folder, and the file it wants.
struct NotChecked {
  Finding finding;
  std::string link;
};

struct Checked {
  Result result;
  std::vector<NotChecked> not_checked;
};

// Checks the proposal in an empty folder; every finding located at a value
// that names a file the folder lacks is then a link the page cannot follow.
// Those files are made, empty, and the proposal checked again: a finding
// that goes away stood only for want of a file, and is "not checked here".
// The second result is the page's, so its verdict is the one the command
// line gives if the files are there, and the page says which were not checked.
Checked check_without_folder(std::string_view text, const Run& run) {
  const fs::path folder(kNoFolder);
  fresh_folder(folder);
  Checked checked{check(load_text(text, run.file, folder.string()), run.options), {}};
  if (!checked.result.proposal) return checked;

  std::map<Location, std::string_view> scalars;
  auto parsed = yaml::parse(text);
  if (auto* doc = std::get_if<yaml::Document>(&parsed)) scalars_by_place(doc->root(), scalars);
  std::vector<NotChecked> candidates;
  for (const Finding& f : checked.result.findings) {
    const auto scalar = scalars.find(f.at);
    if (scalar == scalars.end()) continue;
    if (judge_link(*checked.result.proposal, scalar->second) != Link::missing) continue;
    const fs::path file = folder / fs::path(scalar->second).lexically_normal();
    std::error_code error;
    fs::create_directories(file.parent_path(), error);
    if (!error) std::ofstream(file).flush();
    candidates.push_back({f, std::string(scalar->second)});
  }
  if (candidates.empty()) return checked;

  Result again = check(load_text(text, run.file, folder.string()), run.options);
  for (NotChecked& candidate : candidates) {
    const bool still = std::any_of(again.findings.begin(), again.findings.end(), [&](const Finding& g) {
      return same_finding(candidate.finding, g);
    });
    if (!still) checked.not_checked.push_back(std::move(candidate));
  }
  checked.result = std::move(again);
  fresh_folder(folder);
  return checked;
}

Checked check_run(std::string_view text, const Run& run) {
  if (run.folder.empty()) return check_without_folder(text, run);
  return {check(load_text(text, run.file, run.folder), run.options), {}};
}

// The report exactly as `coprod check --format json` gives it for this one file.
Json report_json(const Result& result, const Run& run) {
  RenderOptions render;
  render.today = run.options.today;
  Summary summary;
  summary.add(result);
  std::ostringstream out;
  auto renderer = make_renderer(Format::json, render);
  renderer->begin(out);
  renderer->proposal(result, out);
  renderer->end(summary, out);
  return Json::parse(out.str());
}

std::string explanation(const Rule& rule) {
  std::ostringstream out;
  explain(rule, out);
  return out.str();
}

// {"report": …, "not_checked": [{"link", "rule", "item", "line", "column", "path", "message"}],
//  "explanations": {"rule-id": "what `coprod explain` says"}}
Json check_json(std::string_view text, const Run& run) {
  const Checked checked = check_run(text, run);
  Json not_checked = Json::array();
  for (const auto& [f, link] : checked.not_checked)
    not_checked.push_back({{"link", link}, {"rule", f.rule->id}, {"item", f.rule->item->id},
                           {"line", f.at.line}, {"column", f.at.column}, {"path", f.path},
                           {"message", f.message}});
  Json explanations = Json::object();
  for (const Finding& f : checked.result.findings)
    if (!explanations.contains(f.rule->id)) explanations[std::string(f.rule->id)] = explanation(*f.rule);
  return {{"report", report_json(checked.result, run)},
          {"not_checked", std::move(not_checked)},
          {"explanations", std::move(explanations)}};
}

// An appendix made without the proposal's folder says so at its top, naming
// the evidence it counted as there: a board never reads a plain verdict that
// rests on files no one looked at.
std::string with_note(std::string html, const std::vector<NotChecked>& not_checked) {
  if (not_checked.empty()) return html;
  std::string note =
      "<p role=\"note\" style=\"border: 3px solid #7a4600; padding: .5em 1em\"><strong>Evidence not "
      "checked.</strong> This was made from the proposal without its folder, so these evidence files "
      "were counted as there without being looked at:";
  for (std::size_t i = 0; i < not_checked.size(); ++i)
    note += (i == 0 ? " " : ", ") + escape_html(not_checked[i].link);
  note += ". Run <code>coprod appendix</code> on the proposal in its folder to check them.</p>";
  const std::size_t body = html.find("<body");
  const std::size_t after = body == std::string::npos ? 0 : html.find('>', body) + 1;
  html.insert(after, note);
  return html;
}

// The appendix for one proposal: {"template": "appendix" or "you-said-we-did",
// "format": "html" or "markdown" or "docx"} besides the check's options.
std::string appendix_document(std::string_view text, std::string_view options_json, const Run& run) {
  const Json o = parse_options(options_json);
  const std::string name = o.value("template", std::string("appendix"));
  const std::string format = o.value("format", std::string("html"));
  const Markup markup = format == "docx" ? Markup::docx : format == "markdown" ? Markup::markdown : Markup::html;
  const Template tmpl = find_template(name, markup, {});
  const Checked checked = check_run(text, run);
  if (!checked.result.proposal)
    throw std::invalid_argument("this is not a valid proposal yet: fix the problems listed first");
  AppendixOptions options;
  options.ladder_svg = markup == Markup::html;
  options.checked_on = run.options.today;
  const kainjow::mustache::data data = appendix_data(checked.result, options);
  std::string document = render_template(tmpl, markup, data);
  if (markup == Markup::html) return with_note(std::move(document), checked.not_checked);
  if (markup != Markup::docx) return document;
  const std::string styles_path = name + ".styles.xml";
  std::string styles;
  for (const BuiltinTemplate& t : builtin_templates())
    if (t.path == styles_path) styles = t.text;
  const auto string_of = [&data](const char* key) {
    const auto* value = data.get(key);
    return value != nullptr && value->is_string() ? value->string_value() : std::string();
  };
  const bool for_participants = name.starts_with("you-said-we-did") || name.starts_with("easy-read");
  return docx_package({std::move(document), std::move(styles), string_of("title"), string_of("id"),
                       for_participants ? string_of("organisation") : "Checked " + string_of("checked_on")});
}

// The document as the page's form reads it: {"tree": mappings as objects
// (the first of a key given twice), lists as arrays, every scalar as its
// text and nothing as null; "lines": {"who.groups[0].kind": line}}, paths
// spelt as findings spell them, so an error at a line finds its field. Text
// that is not YAML throws its syntax error, which the page shows.
Json tree_json(const yaml::Node& node, const std::string& path, Json& lines) {
  if (!path.empty()) lines.emplace(path, node.at.line);
  if (node.is_scalar()) return std::string(node.value);
  if (node.is_sequence()) {
    Json out = Json::array();
    for (std::size_t i = 0; i < node.items.size(); ++i)
      out.push_back(tree_json(*node.items[i], path + "[" + std::to_string(i) + "]", lines));
    return out;
  }
  if (!node.is_mapping()) return nullptr;
  Json out = Json::object();
  for (std::size_t i = 0; i < node.pairs(); ++i) {
    const std::string key(node.key(i).value);
    if (out.contains(key)) continue;
    out[key] = tree_json(node.value_at(i), path.empty() ? key : path + "." + key, lines);
  }
  return out;
}

Json document_json(std::string_view text) {
  auto parsed = yaml::parse(text);
  if (const auto* error = std::get_if<Error>(&parsed))
    throw std::invalid_argument("line " + std::to_string(error->at.line) + ": " + error->message);
  Json lines = Json::object();
  Json tree = tree_json(std::get<yaml::Document>(parsed).root(), "", lines);
  return {{"tree", std::move(tree)}, {"lines", std::move(lines)}};
}

// coprod's version, the format revision it reads and writes, its frameworks,
// and the words for each status and verdict id that a report holds.
Json about_json() {
  Json frameworks = Json::array();
  for (const Framework* f : coprod::frameworks())
    frameworks.push_back({{"id", f->id}, {"title", f->title}, {"question", f->question}});
  Json statuses = Json::object();
  for (Status s : {Status::met, Status::partly_met, Status::not_met, Status::not_applicable})
    statuses[std::string(id(s))] = label(s);
  Json verdicts = Json::object();
  for (Verdict v : {Verdict::assured, Verdict::conditional, Verdict::do_not_proceed, Verdict::invalid})
    verdicts[std::string(id(v))] = label(v, default_framework());
  return {{"version", COPROD_VERSION}, {"format", format::kVersion}, {"frameworks", frameworks},
          {"default_framework", default_framework().id},
          {"statuses", statuses}, {"verdicts", verdicts}};
}

std::string result;
bool result_ok = false;

template <typename Work>
const char* answer(Work work) {
  try {
    result = work();
    result_ok = true;
  } catch (const std::exception& e) {
    result = e.what();
    result_ok = false;
  }
  return result.data();
}

std::string dumped(const Json& json) { return json.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace
}  // namespace coprod::engine

using namespace coprod::engine;

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* coprod_check(const char* yaml, std::size_t yaml_size,
                                              const char* options, std::size_t options_size) {
  return answer([&] {
    return dumped(check_json({yaml, yaml_size}, read_options({options, options_size})));
  });
}

EMSCRIPTEN_KEEPALIVE const char* coprod_appendix(const char* yaml, std::size_t yaml_size,
                                                 const char* options, std::size_t options_size) {
  return answer([&] {
    const std::string_view o(options, options_size);
    return appendix_document({yaml, yaml_size}, o, read_options(o));
  });
}

EMSCRIPTEN_KEEPALIVE const char* coprod_explain(const char* rule_id, std::size_t rule_id_size) {
  return answer([&] {
    const std::string_view id(rule_id, rule_id_size);
    const coprod::Rule* rule = coprod::find_rule(id);
    if (rule == nullptr) throw std::invalid_argument(coprod::unknown_rule(id, coprod::rule_ids()));
    return explanation(*rule);
  });
}

EMSCRIPTEN_KEEPALIVE const char* coprod_tree(const char* yaml, std::size_t yaml_size) {
  return answer([&] { return dumped(document_json({yaml, yaml_size})); });
}

EMSCRIPTEN_KEEPALIVE const char* coprod_format() {
  return answer([] { return dumped(coprod::format::format_json(coprod::format::proposal_document())); });
}

EMSCRIPTEN_KEEPALIVE const char* coprod_about() {
  return answer([] { return dumped(about_json()); });
}

EMSCRIPTEN_KEEPALIVE std::size_t coprod_result_size() { return result.size(); }

EMSCRIPTEN_KEEPALIVE int coprod_result_ok() { return result_ok ? 1 : 0; }

}  // extern "C"
