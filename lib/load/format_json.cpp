#include "load/format_json.h"

namespace coprod::format {
namespace {

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::text: return "text";
    case Kind::date: return "date";
    case Kind::id: return "id";
    case Kind::boolean: return "boolean";
    case Kind::whole_number: return "whole_number";
    case Kind::version: return "version";
    case Kind::choice: return "choice";
    case Kind::list: return "list";
    case Kind::mapping: return "mapping";
  }
  return "text";
}

nlohmann::ordered_json key_json(const Key& key);

void add_shape(nlohmann::ordered_json& out, const Shape& shape) {
  out["kind"] = kind_name(shape.kind);
  out["noun"] = shape.noun;
  out["not_applicable"] = shape.may_be_not_applicable;
  if (shape.kind == Kind::choice) {
    auto& choices = out["choices"] = nlohmann::ordered_json::array();
    for (const vocab::Word& w : shape.words) {
      nlohmann::ordered_json choice = {{"value", w.id}, {"words", w.label}};
      if (!w.means.empty()) choice["means"] = w.means;
      choices.push_back(std::move(choice));
    }
  }
  if (!shape.refused.empty()) out["refused"] = shape.refused;
  if (shape.kind == Kind::mapping) {
    auto& keys = out["keys"] = nlohmann::ordered_json::array();
    for (const Key& key : shape.keys) keys.push_back(key_json(key));
  }
  if (shape.kind == Kind::list && shape.item != nullptr) {
    nlohmann::ordered_json item;
    add_shape(item, *shape.item);
    out["item"] = std::move(item);
    out["min_items"] = shape.min_items;
    if (shape.one_or_list) out["one_or_list"] = true;
  }
}

// A key's label, as a form shows it: its help, begun with a capital.
std::string label(const Key& key) {
  std::string out(key.help);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 'a' + 'A');
  return out;
}

nlohmann::ordered_json key_json(const Key& key) {
  nlohmann::ordered_json out = {
      {"key", key.name}, {"label", label(key)}, {"required", key.required}, {"help", key.help}};
  if (!key.more.empty()) out["more"] = key.more;
  if (key.since > 1) out["since"] = key.since;
  add_shape(out, *key.shape);
  return out;
}

}  // namespace

nlohmann::ordered_json format_json(const Shape& document) {
  nlohmann::ordered_json out = {{"format", document.noun}};
  auto sections = nlohmann::ordered_json::array();
  for (const Key& key : document.keys) {
    if (key.shape->kind == Kind::version) {
      out["version_key"] = key.name;
      out["version"] = key.shape->version;
    } else {
      sections.push_back(key_json(key));
    }
  }
  out["sections"] = std::move(sections);
  return out;
}

}  // namespace coprod::format
