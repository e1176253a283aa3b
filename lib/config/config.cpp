#include "config/config.h"

#include <filesystem>

#include <fmt/format.h>

#include "config/schema.h"
#include "core/suggest.h"
#include "load/bind.h"
#include "load/loader.h"
#include "load/validate.h"
#include "load/yaml_tree.h"
#include "privacy/personal_data.h"
#include "rules/registry.h"

namespace coprod {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kMaxConfigBytes = 1024 * 1024;
constexpr std::string_view kWaiverRule = "integrity-waivers";

// The document is already valid here: every required key is present and typed.
Config bind(const yaml::Node& root, std::string file, std::string folder) {
  Config config;
  config.file = std::move(file);
  config.folder = std::move(folder);
  if (const yaml::Node* frameworks = root.find("frameworks");
      frameworks != nullptr && frameworks->is_sequence()) {
    config.frameworks.clear();
    for (const yaml::Node* item : frameworks->items) config.frameworks.emplace_back(item->value);
  }
  if (const yaml::Node* fail_on = root.find("fail_on"); fail_on != nullptr && fail_on->is_scalar())
    config.fail_on = fail_on->value;
  if (const yaml::Node* severity = root.find("severity");
      severity != nullptr && severity->is_mapping()) {
    for (std::size_t i = 0; i < severity->pairs(); ++i) {
      if (severity->key(i).value.starts_with("x-") || severity->value_at(i).is_null()) continue;
      config.severity[std::string(severity->key(i).value)] = *parse_severity(severity->value_at(i).value);
    }
  }
  if (const yaml::Node* exclude = root.find("exclude"); exclude != nullptr && exclude->is_sequence())
    for (const yaml::Node* glob : exclude->items) config.exclude.emplace_back(glob->value);
  if (const yaml::Node* waivers = root.find("waivers"); waivers != nullptr && waivers->is_sequence()) {
    Paths paths;  // a configuration's messages name no document paths
    for (const yaml::Node* w : waivers->items) {
      ConfigWaiver waiver;
      format::bind_entry(waiver.waiver, *w, format::waiver_entry(), paths);
      for (const yaml::Node* glob : w->find("files")->items) waiver.files.emplace_back(glob->value);
      config.waivers.push_back(std::move(waiver));
    }
  }
  return config;
}

}  // namespace

LoadedConfig load_config_text(std::string_view text, std::string file, std::string folder) {
  LoadedConfig loaded;
  auto parsed = yaml::parse(text);
  if (auto* error = std::get_if<Error>(&parsed)) {
    loaded.errors.push_back(std::move(*error));
    return loaded;
  }
  const yaml::Document& doc = std::get<yaml::Document>(parsed);
  if (!doc.root().is_mapping()) {
    loaded.errors.push_back(
        {doc.root().at, fmt::format("a coprod configuration is a set of `key: value` lines "
                                    "(`coprod_config: 1`, `fail_on:` …); this file holds {}",
                                    doc.root().describe())});
    return loaded;
  }
  format::validate(doc.root(), config::config_document(), loaded.errors);
  if (loaded.errors.empty()) loaded.config = bind(doc.root(), std::move(file), std::move(folder));
  return loaded;
}

LoadedConfig load_config(const std::string& path) {
  std::string text;
  if (auto problem = read_file(path, text, kMaxConfigBytes)) {
    LoadedConfig loaded;
    loaded.errors.push_back(std::move(*problem));
    return loaded;
  }
  std::error_code ec;
  const fs::path folder = fs::absolute(fs::path(path), ec).lexically_normal().parent_path();
  return load_config_text(text, path, folder.string());
}

namespace {

// The folder holding `.git` (a folder, or a file in a worktree) at or above
// `folder`, or nothing outside a repository.
std::optional<fs::path> repository_root(fs::path folder) {
  for (;;) {
    std::error_code missing;
    if (fs::exists(folder / ".git", missing)) return folder;
    if (!folder.has_parent_path() || folder.parent_path() == folder) return std::nullopt;
    folder = folder.parent_path();
  }
}

}  // namespace

std::optional<std::string> find_config(const std::string& start) {
  std::error_code ec;
  fs::path folder = fs::absolute(fs::path(start), ec).lexically_normal();
  if (!folder.has_filename()) folder = folder.parent_path();  // "/a/b/" → "/a/b"
  if (ec) return std::nullopt;
  // A configuration above the repository is someone else's (a shared /tmp,
  // a home folder): it could turn a failing check into a pass unseen.
  const fs::path last = repository_root(folder).value_or(folder);
  for (;;) {
    const fs::path candidate = folder / config::kFileName;
    std::error_code missing;  // set for a file that is not there: not a failure here
    if (fs::is_regular_file(candidate, missing)) {
      // Shown in messages: relative to the current folder when that is shorter.
      const fs::path relative = candidate.lexically_relative(fs::current_path(ec));
      return !ec && !relative.empty() ? relative.string() : candidate.string();
    }
    if (folder == last || !folder.has_parent_path() || folder.parent_path() == folder) break;
    folder = folder.parent_path();
  }
  return std::nullopt;
}

std::vector<FileWaiver> file_waivers(const Config& config) {
  std::vector<FileWaiver> out;
  for (const ConfigWaiver& w : config.waivers)
    out.push_back({w.waiver, w.files, config.folder, config.file});
  return out;
}

std::vector<Notice> config_notices(const Config& config, Date today) {
  Severity severity = Severity::warning;
  if (const Rule* rule = find_rule(kWaiverRule)) severity = rule->severity;
  if (auto o = config.severity.find(kWaiverRule); o != config.severity.end()) severity = o->second;

  const std::vector<std::string_view> ids = rule_ids();
  std::vector<Notice> notices;
  for (const ConfigWaiver& cw : config.waivers) {
    const Waiver& w = cw.waiver;
    if (find_rule(*w.rule) == nullptr)
      notices.push_back({config.file, w.rule.at, std::string(kWaiverRule), severity,
                         fmt::format("the waiver names `{}`, which is not a rule{}; it waives "
                                     "nothing (`coprod rules` lists them)",
                                     *w.rule, did_you_mean(*w.rule, ids))});
    else if (!w.in_date(today))
      notices.push_back({config.file, w.expires.at, std::string(kWaiverRule), severity,
                         fmt::format("the waiver of `{}` expired on {}, so it no longer applies: "
                                     "renew it with its approver or remove it",
                                     *w.rule, w.expires->iso())});
  }
  // A rule id given is quoted: shown as any quoted text is.
  for (Notice& n : notices) {
    n.file = shown(n.file, true, Newlines::escape);
    n.message = shown(n.message);
  }
  return notices;
}

}  // namespace coprod
