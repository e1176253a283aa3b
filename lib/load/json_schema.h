// The proposal format (and the configuration format) as JSON Schema, draft
// 07, generated from the same format::Shape data the loader validates with,
// for editors' YAML language servers and other validators.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "load/schema.h"

namespace coprod::format {

struct SchemaInfo {
  std::string_view id;           // "$id"
  std::string_view title;
  std::string_view description;  // what JSON Schema cannot say is added to it
};

nlohmann::ordered_json json_schema(const Shape& document, const SchemaInfo& info);

}  // namespace coprod::format
