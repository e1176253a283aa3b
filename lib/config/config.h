// `.coprod.yaml`: settings shared by every run in a repository (docs/ci.md
// "Configuration"). Loaded and validated like a proposal, so its errors read
// the same; flags on the command line override it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/check.h"
#include "core/date.h"
#include "core/location.h"
#include "rules/rule.h"

namespace coprod {

// A waiver as a proposal writes it, and the files it covers.
struct ConfigWaiver {
  Waiver waiver;
  std::vector<std::string> files;  // globs, relative to Config::folder
};

struct Config {
  std::string file;    // as shown in messages
  std::string folder;  // absolute: where waiver globs start
  std::vector<std::string> frameworks = {"board-assurance"};
  std::optional<std::string> fail_on;  // "blocking", "warning", "advice" or "never"
  std::map<std::string, Severity, std::less<>> severity;
  std::vector<ConfigWaiver> waivers;
  std::vector<std::string> exclude;  // globs of files and folders a walk leaves out, relative to `folder`
};

struct LoadedConfig {
  std::optional<Config> config;  // set exactly when `errors` is empty
  std::vector<Error> errors;     // located in the configuration file
};

// `file` is the name shown in messages; `folder` is where its globs start.
LoadedConfig load_config_text(std::string_view text, std::string file, std::string folder);
LoadedConfig load_config(const std::string& path);

// The nearest `.coprod.yaml` in `start` or a folder above it, up to the
// repository's root (the folder holding `.git`) and never above it; outside
// a repository, only `start` itself.
std::optional<std::string> find_config(const std::string& start);

// The waivers a check applies: all of them; expiry is judged per proposal.
std::vector<FileWaiver> file_waivers(const Config& config);

// Configuration waivers that have expired or name no rule: `integrity-waivers`
// problems, reported once per run at their line in the configuration file.
std::vector<Notice> config_notices(const Config& config, Date today);

}  // namespace coprod
