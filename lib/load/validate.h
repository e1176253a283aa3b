// Checks a parsed document against a Shape (schema.h) and reports every way
// it is not a valid proposal, each at its line and column.
#pragma once

#include <optional>
#include <vector>

#include "core/location.h"
#include "core/utf8.h"  // is_blank: the loader's one test of blank text
#include "load/schema.h"
#include "load/yaml_tree.h"

namespace coprod::format {

// Appends the errors, in document order, at most `max_errors` of them (the
// last then says how many more there were).
void validate(const yaml::Node& root, const Shape& shape, std::vector<Error>& errors,
              std::size_t max_errors = 100);

// Text as it is bound: without the blank characters around it (white space
// of any kind, as core/utf8.h is_blank counts it). What is refused (a waiver
// of a rule that cannot be waived) is judged on the same text.
std::string_view trimmed(std::string_view text);

// An id as docs/format.md spells one: `[a-z0-9][a-z0-9-]*`.
bool is_id(std::string_view text);

// Errors appended to a list in any order, at most `max` of them: `finish()`
// puts them in document order and, when more were found, says how many. A
// message is worked out only when it will be shown (`add` takes a callable),
// so a document with a million mistakes costs one comparison for each.
class CappedErrors {
 public:
  CappedErrors(std::vector<Error>& errors, std::size_t max)
      : errors_(errors), start_(errors.size()), max_(max) {}

  bool full() const { return errors_.size() - start_ >= max_; }
  // Every error found so far, shown or not.
  std::size_t found() const { return errors_.size() - start_ + dropped_; }

  template <class Message>
  void add(Location at, Message&& message) {
    if (full()) {
      ++dropped_;
      return;
    }
    errors_.push_back({at, std::string(message())});
  }

  void finish();

 private:
  std::vector<Error>& errors_;
  std::size_t start_, max_, dropped_ = 0;
};

}  // namespace coprod::format
