#include "load/bind.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "load/validate.h"

namespace coprod {

PathId Paths::key(PathId parent, std::string_view key) {
  steps_.push_back({parent, 0, key});
  return PathId(steps_.size() - 1);
}

PathId Paths::item(PathId parent, std::size_t index) {
  steps_.push_back({parent, std::uint32_t(index), {}});
  return PathId(steps_.size() - 1);
}

std::string Paths::str(PathId path) const {
  std::vector<const Step*> chain;
  for (PathId at = path; at != 0 && at < steps_.size(); at = steps_[at].parent)
    chain.push_back(&steps_[at]);
  std::string out;
  for (auto step = chain.rbegin(); step != chain.rend(); ++step) {
    if ((*step)->key.empty()) {
      out += fmt::format("[{}]", (*step)->index);
    } else {
      if (!out.empty()) out += '.';
      out += (*step)->key;
    }
  }
  return out;
}

namespace format {

using yaml::Node;

const Node* Binder::given(const Node& map, std::string_view key) {
  const Node* value = map.find(key);
  return value == nullptr || value->is_null() ? nullptr : value;
}

void Binder::mapping(void* object, const Node& node, const Shape& shape, PathId path) {
  const PathId outer = std::exchange(parent_, path);
  for (const Key& key : shape.keys)
    if (key.bind != nullptr) key.bind(object, node, key, *this);
  parent_ = outer;
}

void Binder::scalar(Field<std::string>& field, const Node& node) {
  field.value = std::string(trimmed(node.value));
}

void Binder::scalar(Field<Date>& field, const Node& node) { field.value = Date::parse(node.value); }

void Binder::scalar(Field<bool>& field, const Node& node) { field.value = node.value == "true"; }

void Binder::scalar(Field<long long>& field, const Node& node) {
  field.value = std::stoll(std::string(node.value));
}

}  // namespace format

namespace {

using yaml::Node;

// The last line a node's text reaches (as far as the tree knows: where its
// last value starts). Bounded like every walk by the alias budget.
std::uint32_t last_line(const Node& node, std::size_t& budget) {
  std::uint32_t line = node.at.line;
  for (const Node* child : node.items) {
    if (budget == 0) break;
    --budget;
    line = std::max(line, last_line(*child, budget));
  }
  return line;
}

// Where a missing top-level section is reported: at the end of the section
// before which it belongs (in the format's order), so an editor opens where
// it should be written; the top of the file when none comes before it. Each
// given section is walked once, whatever the number of missing ones.
class MissingAt {
 public:
  explicit MissingAt(const Node& root) {
    Location at = root.at;
    for (const format::Key& k : format::proposal_document().keys) {
      before_.emplace_back(k.name, at);
      const Node* section = root.find(k.name);
      if (section != nullptr && !section->is_null()) {
        std::size_t budget = 1'000'000;
        at = {last_line(*section, budget), 1};
      }
    }
  }

  Location operator()(std::string_view key) const {
    for (const auto& [name, at] : before_)
      if (name == key) return at;
    return {};
  }

 private:
  std::vector<std::pair<std::string_view, Location>> before_;  // where each key would go
};

}  // namespace

Proposal bind_proposal(std::shared_ptr<const yaml::Document> doc, std::string file,
                       std::string directory) {
  const Node& root = doc->root();
  const MissingAt missing_at(root);
  Proposal p;
  p.file = std::move(file);
  p.directory = std::move(directory);
  p.at = root.at;
  format::Binder binder(p.paths, root, std::cref(missing_at));
  binder.mapping(&p, root, format::proposal_document(), 0);
  p.source = std::move(doc);
  return p;
}

const Group* Proposal::group(std::string_view id) const {
  if (!who.given()) return nullptr;
  for (const Group& g : items(who->groups))
    if (g.id.given() && *g.id == id) return &g;
  return nullptr;
}

const Activity* Proposal::activity(std::string_view id) const {
  if (!how.given()) return nullptr;
  for (const Activity& a : items(how->activities))
    if (a.id.given() && *a.id == id) return &a;
  return nullptr;
}

}  // namespace coprod
