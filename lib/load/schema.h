// The proposal format as data, the one statement of it: which keys each
// mapping has, what type each value is, which are required, what they mean,
// and which field of load/proposal.h each key fills. The loader validates
// against it and binds from it, `coprod schema` prints it as JSON Schema and
// as docs/format.md's reference, `coprod init` writes it out, and the browser
// form is built from it, so none of them can disagree.
//
// A key's row names its field by member pointer (`key<&Group::paid>(…)`):
// the key's text is written once, and a row whose shape does not fit its
// field (a date bound to text, a list of groups bound to a list of
// activities, another struct's member) does not compile.
#pragma once

#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include "load/proposal.h"
#include "load/vocabulary.h"

namespace coprod {
namespace yaml {
struct Node;
}

namespace format {

enum class Kind {
  text,          // any scalar; empty or blank counts as absent
  date,          // YYYY-MM-DD
  id,            // [a-z0-9][a-z0-9-]*
  boolean,       // true or false
  whole_number,  // 0 or more
  version,       // the `coprod:` (or `coprod_config:`) key, judged before the rest
  choice,        // one of `choices`
  list,          // a sequence of `item`
  mapping,       // `keys`
};

struct Key;
class Binder;

// A type's tag: its address tells types apart in a constant expression.
template <class T>
inline constexpr char kTypeTag = 0;
template <class T>
constexpr const void* type_tag() {
  return &kTypeTag<T>;
}

struct Shape {
  Kind kind = Kind::text;
  std::string_view noun;                       // "a group": used in messages
  std::span<const Key> keys = {};              // mapping
  const Shape* item = nullptr;                 // list
  std::span<const std::string_view> choices = {};  // choice: the ids
  std::span<const vocab::Word> words = {};     // choice: their words, in the same order
  bool may_be_not_applicable = false;          // `{not_applicable: reason}` allowed
  std::size_t min_items = 0;                   // list
  bool one_or_list = false;                    // list: one item alone stands for a list of one
  std::span<const std::string_view> refused = {};  // text or choice: values that are errors
  std::string_view refused_why = {};           // why, said after the value (text) or the key (choice)
  int version = 0;                             // version: the one it must be
  std::string_view format = {};                // version: whose ("the configuration format")
  const void* binds = nullptr;                 // mapping: the struct it fills; choice: its enum
};

// Fills a key's field in `object` (the struct its mapping binds) from `map`.
using BindKey = void (*)(void* object, const yaml::Node& map, const Key& key, Binder& binder);

struct Key {
  std::string_view name;
  const Shape* shape;
  bool required = false;
  std::string_view help;       // one line, in plain English; never the list of values
  std::string_view sample = {};  // what `coprod init` writes for it, when not the first choice
  bool optional_in_starter = false;  // `coprod init` writes it commented out
  BindKey bind = nullptr;      // null: validated, not bound (the version)
  const void* owner = nullptr;  // the struct whose member it fills
  std::string_view more = {};  // what the reference and the form say besides the help
  int since = 1;               // the revision of format 1 that added it
};

// Shapes, for the format's table and the configuration's.
inline constexpr Shape kText{.kind = Kind::text, .noun = "text"};
inline constexpr Shape kDate{.kind = Kind::date, .noun = "a date"};
inline constexpr Shape kId{.kind = Kind::id, .noun = "an id"};
inline constexpr Shape kBoolean{.kind = Kind::boolean, .noun = "true or false"};
inline constexpr Shape kWholeNumber{.kind = Kind::whole_number, .noun = "a whole number"};

template <class E>
constexpr Shape choice() {
  return {.kind = Kind::choice, .noun = vocab::List<E>::noun, .choices = vocab::ids<E>(),
          .words = vocab::words<E>(), .binds = type_tag<E>()};
}
constexpr Shape list_of(std::string_view noun, const Shape& item, std::size_t min_items = 0) {
  return {.kind = Kind::list, .noun = noun, .item = &item, .may_be_not_applicable = true,
          .min_items = min_items};
}
// A mapping that fills struct T, each of whose keys must fill a member of T.
template <class T>
consteval Shape mapping_of(std::string_view noun, std::span<const Key> keys, bool not_applicable) {
  for (const Key& key : keys)
    if (key.owner != type_tag<T>())
      throw "a key of this mapping fills a member of another struct";
  return {.kind = Kind::mapping, .noun = noun, .keys = keys,
          .may_be_not_applicable = not_applicable, .binds = type_tag<T>()};
}
// A section (which may be marked not applicable) and a list entry or a
// required mapping (which may not).
template <class T>
consteval Shape section(std::string_view noun, std::span<const Key> keys) {
  return mapping_of<T>(noun, keys, true);
}
template <class T>
consteval Shape entry(std::string_view noun, std::span<const Key> keys) {
  return mapping_of<T>(noun, keys, false);
}

// The member pointer's struct and field.
template <auto Member>
struct MemberOf;
template <class S, class F, F S::*Member>
struct MemberOf<Member> {
  using Struct = S;
  using FieldType = F;
};

// Fills a key's field; defined in load/bind.h.
template <auto Member>
void bind_member(void* object, const yaml::Node& map, const Key& key, Binder& binder);

template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};

// Whether `shape` fits a field of type F: a scalar of the value's type
// (Field<T>), a list of what the list holds (ListOf<T>), a section that
// fills the struct (Part<T>), or a mapping that fills the struct.
template <class F>
consteval bool shape_fits(const Shape& shape) {
  if constexpr (requires { typename F::Value; }) {  // Field<T>
    using T = typename F::Value;
    if constexpr (std::is_same_v<T, std::string>)
      return shape.kind == Kind::text || shape.kind == Kind::id;
    else if constexpr (std::is_same_v<T, Date>)
      return shape.kind == Kind::date;
    else if constexpr (std::is_same_v<T, bool>)
      return shape.kind == Kind::boolean;
    else if constexpr (std::is_same_v<T, long long>)
      return shape.kind == Kind::whole_number;
    else if constexpr (std::is_enum_v<T>)
      return shape.kind == Kind::choice && shape.binds == type_tag<T>();
    else
      return false;
  } else if constexpr (requires { typename F::Held; }) {  // Part<T>
    using T = typename F::Held;
    if constexpr (IsVector<T>::value)
      return shape.kind == Kind::list && shape.item != nullptr &&
             shape_fits<typename T::value_type>(*shape.item);
    else
      return shape.kind == Kind::mapping && shape.may_be_not_applicable &&
             shape.binds == type_tag<T>();
  } else {  // a struct: a list's entry, or a mapping that must be given
    return shape.kind == Kind::mapping && shape.binds == type_tag<F>();
  }
}

// A key's row: `key<&Group::paid>("paid", kPaid, "were people paid for their time")`.
struct KeyOptions {
  bool required = false;
  std::string_view sample = {};
  bool optional_in_starter = false;
  std::string_view more = {};
  int since = 1;
};
template <auto Member>
consteval Key key(std::string_view name, const Shape& shape, std::string_view help,
                  KeyOptions options = {}) {
  using M = MemberOf<Member>;
  if (!shape_fits<typename M::FieldType>(shape)) throw "the key's shape does not fit its field";
  return {name,
          &shape,
          options.required,
          help,
          options.sample,
          options.optional_in_starter,
          &bind_member<Member>,
          type_tag<typename M::Struct>(),
          options.more,
          options.since};
}

inline constexpr int kVersion = 1;
// The revision of format 1 this build writes and reads; every earlier one loads.
inline constexpr int kRevision = 3;

// The one placeholder form `coprod init` writes for a value to replace: text
// that starts with it is an error, so an unfilled form is never a proposal.
inline constexpr std::string_view kPlaceholder = "Replace with ";

// Dates a proposal may hold ("plausible date"): outside them, a year is a typo.
inline constexpr int kFirstYear = 2000;
inline constexpr int kLastYear = 2100;

// The board's absolutes: "If not satisfied with the process followed do not
// proceed". No waiver may name these rules, in a proposal or in
// `.coprod.yaml`, no configuration may lower their severity, and every
// selection of frameworks carries them (rules/registry.h is_absolute).
inline constexpr std::string_view kAbsolutes[] = {"assurance-satisfied", "assurance-dissent"};
// What no waiver may name: the absolutes, and the condition on an urgent,
// temporary decision, which is never assured. Below, the shape of a
// waiver's `rule`.
inline constexpr std::string_view kUnwaivable[] = {"assurance-satisfied", "assurance-dissent",
                                                   "assurance-urgent-decision"};
inline constexpr Shape kWaivedRule{
    .kind = Kind::text,
    .noun = "text",
    .refused = kUnwaivable,
    .refused_why = "cannot be waived: \"If not satisfied with the process followed do not proceed "
                   "– the outcome will not give the improvement needed! Be prepared to start "
                   "again.\" Resolve it with the people who took part instead (an urgent "
                   "decision: bring it back to the board with the involvement that followed)"};
// A severity an absolute may not be given.
inline constexpr std::string_view kBelowBlocking[] = {"warning", "advice"};

// The whole document.
const Shape& proposal_document();
// A waiver, whose keys the configuration's waivers share.
const Shape& waiver_entry();

// For ids that must be unique within a list: the key that holds them.
inline constexpr std::string_view kIdKey = "id";
inline constexpr std::string_view kNotApplicableKey = "not_applicable";

}  // namespace format
}  // namespace coprod
