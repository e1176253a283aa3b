// The proposal format v1 as data: which keys each mapping has, what type each
// value is, which are required and what they mean. The loader validates
// against it, `coprod schema` prints it as JSON Schema and `coprod init`
// explains it, so the three cannot disagree.
#pragma once

#include <span>
#include <string_view>

namespace coprod::format {

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

struct Shape {
  Kind kind = Kind::text;
  std::string_view noun;                       // "a group": used in messages
  std::span<const Key> keys = {};              // mapping
  const Shape* item = nullptr;                 // list
  std::span<const std::string_view> choices = {};
  bool may_be_not_applicable = false;          // `{not_applicable: reason}` allowed
  std::size_t min_items = 0;                   // list
  std::span<const std::string_view> refused = {};  // text or choice: values that are errors
  std::string_view refused_why = {};           // why, said after the value (text) or the key (choice)
  int version = 0;                             // version: the one it must be
  std::string_view format = {};                // version: whose ("the configuration format")
};

struct Key {
  std::string_view name;
  const Shape* shape;
  bool required = false;
  std::string_view help;  // one line, in plain English
};

inline constexpr int kVersion = 1;

// The one placeholder form `coprod init` writes for a value to replace: text
// that starts with it is an error, so an unfilled form is never a proposal.
inline constexpr std::string_view kPlaceholder = "Replace with ";

// Dates a proposal may hold (FORMAT.md "plausible date"): outside them, a year is a typo.
inline constexpr int kFirstYear = 2000;
inline constexpr int kLastYear = 2100;

// The board's absolutes: "If not satisfied with the process followed do not
// proceed". No waiver may name these rules, in a proposal or in
// `.coprod.yaml`, no configuration may lower their severity, and every
// selection of frameworks carries them (rules/registry.h is_absolute).
// Below, the shape of a waiver's `rule`.
inline constexpr std::string_view kUnwaivable[] = {"assurance-satisfied", "assurance-dissent"};
inline constexpr Shape kWaivedRule{
    .kind = Kind::text,
    .noun = "text",
    .refused = kUnwaivable,
    .refused_why = "cannot be waived: \"If not satisfied with the process followed do not proceed "
                   "– the outcome will not give the improvement needed! Be prepared to start "
                   "again.\" Resolve it with the people who took part instead"};
// A severity an absolute may not be given.
inline constexpr std::string_view kBelowBlocking[] = {"warning", "advice"};

// The whole document.
const Shape& proposal_document();

// For ids that must be unique within a list: the key that holds them.
inline constexpr std::string_view kIdKey = "id";
inline constexpr std::string_view kNotApplicableKey = "not_applicable";

}  // namespace coprod::format
