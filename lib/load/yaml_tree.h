// A YAML document as a plain tree that keeps what coprod must report and a
// generic node tree hides: every position, every duplicate key, and whether a
// scalar was quoted. Built from libfyaml's events (see README: why libfyaml).
// Aliases point at the anchored node; they are never copied, so a "billion
// laughs" document stays as small as its text.
//
// A document owns a copy of its text and one arena (a few large blocks) that
// holds its nodes, their child lists and the values that are not in the text
// as written (folded lines, escapes): reading a proposal costs a handful of
// allocations, not several per value, and a value written plainly on one line
// is a view of the text itself.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/arena.h"
#include "core/location.h"

namespace coprod::yaml {

struct Node {
  enum class Kind : std::uint8_t { null, scalar, sequence, mapping };

  Kind kind = Kind::null;
  bool plain = false;  // a scalar written without quotes or tags
  bool anchored = false;  // has an anchor (&name), so aliases may share it
  Location at;
  std::string_view value;               // scalar text, held by the document
  std::span<const Node* const> items;   // sequence items; mapping: key, value, key, value, …

  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_mapping() const { return kind == Kind::mapping; }
  bool is_sequence() const { return kind == Kind::sequence; }
  // `~`, `null`, or nothing at all after a key.
  bool is_null() const;
  std::size_t pairs() const { return items.size() / 2; }
  const Node& key(std::size_t i) const { return *items[2 * i]; }
  const Node& value_at(std::size_t i) const { return *items[2 * i + 1]; }
  // The value of the first key spelt `name`, or nullptr.
  const Node* find(std::string_view name) const;
  std::string_view describe() const;  // "a list", "a mapping", "text", "nothing"
};

struct Limits {
  std::size_t max_depth = 200;       // nested lists and mappings
  std::size_t max_nodes = 1'000'000;
  // Values counted as if every alias were written out in full: what any walk
  // over the tree visits. Stops a "billion laughs" document in a few bytes.
  std::size_t max_expanded = 1'000'000;
  std::size_t max_scalar_bytes = 1024 * 1024;  // one text value
};

// Valid YAML that reads otherwise than its writer most likely meant. The
// loader reports each as an error (yaml_syntax.h explain_slip), so nothing
// is silently read wrong.
struct Slip {
  enum class Kind : std::uint8_t {
    dropped_comment,  // `title: Room #2`: from ` #` on, the text is a comment
    curly_quotes,     // `title: “Life Rooms”`: curly quotes around a value are text to YAML
    tag,              // `title: !Important …`: `!Important` is a tag, dropped from the text
    bullet,           // `- • item`: a word processor's bullet, kept in the text
    bulleted_key,     // `• organisation: …`: the key is read as `• organisation`
    missing_dash,     // a list item's first key again, without its `- `: two items read as one
  };
  Kind kind = Kind::dropped_comment;
  Location at;
  // Where the text in question is, in bytes of the document's text, when it
  // is all on one line (0 and 0 otherwise).
  std::size_t offset = 0;
  std::size_t length = 0;

  // A slip that changes the document's shape: what else is wrong with it
  // cannot be told until it is corrected.
  bool structural() const { return kind == Kind::missing_dash || kind == Kind::bulleted_key; }
};

// What stopped the parser, before it is explained (yaml_syntax.h): libfyaml's
// own words, an alias to nothing (`*New*`), or a non-breaking space in an
// indentation.
struct ParserError {
  enum class Kind : std::uint8_t { parser, unknown_alias, nbsp_indentation };
  Kind kind = Kind::parser;
  Location at;
  std::string message;  // the parser's words, or the alias's name
};

class Document {
 public:
  const Node& root() const { return *root_; }
  std::size_t node_count() const { return node_count_; }
  // The text the document was read from (its own copy).
  std::string_view text() const { return text_; }
  // The slips in it, in the order of the file (at most 100).
  const std::vector<Slip>& slips() const { return slips_; }

 private:
  friend class Builder;
  friend std::variant<Document, Error> parse(std::string_view, const Limits&);
  // Nodes, child lists and values; freed together, and never moved, so a
  // moved Document's pointers stay valid.
  std::unique_ptr<Arena> arena_;
  std::string_view text_;  // in the arena
  std::size_t node_count_ = 0;
  const Node* root_ = nullptr;
  std::vector<Slip> slips_;
};

// Parses one YAML document. Errors (bad YAML, an empty file, more than one
// document, limits passed) come back located, with their kind, never as
// exceptions.
std::variant<Document, Error> parse(std::string_view text, const Limits& limits = {});

// Where `text` stops being YAML, if it does: the first syntax error, as the
// parser gives it. Quicker than parse(): nothing is built.
std::optional<ParserError> first_syntax_error(std::string_view text);

}  // namespace coprod::yaml
