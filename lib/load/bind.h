// Fills the typed Proposal from a document that has passed validation,
// through the format's table (load/schema.h): each key's row names the field
// it fills, and the binder walks the table, not a second list of keys.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "load/proposal.h"
#include "load/schema.h"
#include "load/validate.h"
#include "load/yaml_tree.h"

namespace coprod {

Proposal bind_proposal(std::shared_ptr<const yaml::Document> doc, std::string file,
                       std::string directory);

namespace format {

class Binder {
 public:
  // `absent_at(key)` says where a missing top-level key would be written.
  Binder(Paths& paths, const yaml::Node& root,
         std::function<Location(std::string_view)> absent_at)
      : paths_(paths), root_(&root), absent_at_(std::move(absent_at)) {}

  // Fills `object`, the struct `shape` binds, from the mapping `node` whose
  // document path is `path`: every key of the shape, given or not.
  void mapping(void* object, const yaml::Node& node, const Shape& shape, PathId path);

  // Fills the field of `key` from the mapping `map`.
  template <class F>
  void key(F& field, const yaml::Node& map, const Key& key) {
    const PathId path = paths_.key(parent_, key.name);
    const yaml::Node* value = given(map, key.name);
    const Location absent = &map == root_ ? absent_at_(key.name) : map.at;
    fill(field, value, absent, *key.shape, path);
  }

 private:
  static const yaml::Node* given(const yaml::Node& map, std::string_view key);

  // A scalar.
  static void scalar(Field<std::string>& field, const yaml::Node& node);
  static void scalar(Field<Date>& field, const yaml::Node& node);
  static void scalar(Field<bool>& field, const yaml::Node& node);
  static void scalar(Field<long long>& field, const yaml::Node& node);
  template <class E>
    requires std::is_enum_v<E>
  static void scalar(Field<E>& field, const yaml::Node& node) {
    field.value = vocab::parse<E>(trimmed(node.value));
  }

  template <class T>
  void fill(Field<T>& field, const yaml::Node* value, Location absent, const Shape&, PathId path) {
    field.path = path;
    field.at = absent;
    // Blank text counts as absent, located where it would be.
    if (value == nullptr || !value->is_scalar()) return;
    if (std::is_same_v<T, std::string> && is_blank(value->value)) return;
    field.at = value->at;
    scalar(field, *value);
  }

  // A section or list: absent, marked not applicable, or given. An absent
  // or not-applicable one is filled from an empty mapping at its place, so
  // everything inside it is absent and located there.
  template <class T>
  void fill(Part<T>& part, const yaml::Node* value, Location absent, const Shape& shape,
            PathId path) {
    part.path = path;
    part.at = value != nullptr ? value->at : absent;
    const yaml::Node* reason = value != nullptr && value->is_mapping()
                                   ? value->find(kNotApplicableKey)
                                   : nullptr;
    if (value == nullptr || reason != nullptr) {
      if (reason != nullptr) {
        part.state = Part<T>::State::not_applicable;
        part.reason = std::string(trimmed(reason->value));
      }
      if constexpr (!IsVector<T>::value) {
        yaml::Node empty;
        empty.kind = yaml::Node::Kind::mapping;
        empty.at = part.at;
        mapping(&part.value, empty, shape, path);
      }
      return;
    }
    part.state = Part<T>::State::given;
    if constexpr (IsVector<T>::value) {
      part.value.resize(value->items.size());
      for (std::size_t i = 0; i < value->items.size(); ++i)
        element(part.value[i], *value->items[i], *shape.item, paths_.item(path, i));
    } else {
      mapping(&part.value, *value, shape, path);
    }
  }

  // A mapping that must be given (`proposal`).
  template <class S>
    requires std::is_base_of_v<Located, S>
  void fill(S& object, const yaml::Node* value, Location absent, const Shape& shape, PathId path) {
    object.path = path;
    object.at = value != nullptr ? value->at : absent;
    yaml::Node empty;
    empty.kind = yaml::Node::Kind::mapping;
    empty.at = object.at;
    mapping(&object, value != nullptr ? *value : empty, shape, path);
  }

  // A list's entry: a scalar, or a struct filled from its mapping.
  template <class T>
  void element(Field<T>& field, const yaml::Node& node, const Shape& shape, PathId path) {
    fill(field, &node, node.at, shape, path);
  }
  template <class S>
    requires std::is_base_of_v<Located, S>
  void element(S& entry, const yaml::Node& node, const Shape& shape, PathId path) {
    entry.at = node.at;
    entry.path = path;
    mapping(&entry, node, shape, path);
  }

  Paths& paths_;
  const yaml::Node* root_;
  std::function<Location(std::string_view)> absent_at_;
  PathId parent_ = 0;  // the mapping being filled
};

// Fills `entry`, the struct `shape` binds, from a validated mapping of a
// document other than a proposal (a waiver in `.coprod.yaml`).
template <class S>
void bind_entry(S& entry, const yaml::Node& node, const Shape& shape, Paths& paths) {
  entry.at = node.at;
  Binder binder(paths, node, [&node](std::string_view) { return node.at; });
  binder.mapping(&entry, node, shape, 0);
}

template <auto Member>
void bind_member(void* object, const yaml::Node& map, const Key& key, Binder& binder) {
  using M = MemberOf<Member>;
  binder.key(static_cast<typename M::Struct*>(object)->*Member, map, key);
}

}  // namespace format
}  // namespace coprod
