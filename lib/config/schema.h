// The configuration file `.coprod.yaml` (docs/ci.md "Configuration") as data, in
// the same form as the proposal format (load/schema.h): the loader validates
// against it and `coprod schema --config` prints it.
#pragma once

#include <span>
#include <string_view>

#include "load/schema.h"

namespace coprod::config {

inline constexpr int kVersion = 1;
inline constexpr std::string_view kFileName = ".coprod.yaml";

inline constexpr std::string_view kFailLevels[] = {"blocking", "warning", "advice", "never"};

const format::Shape& config_document();

}  // namespace coprod::config
