// The proposal format as plain JSON for building a form from it (the page's
// guided form): every section in order, and for each key its kind, whether it
// is required, its help, its choices, whether it may be marked not
// applicable and the keys inside it. From the same table the loader validates
// with (load/schema.h), so a form cannot drift from the loader.
//
// A key's `label` (its help, begun with a capital) and a choice's `words`
// (its label in the vocabulary) are what a person reads; `means` says what
// a choice means where its word alone does not, `more` what a key's help
// leaves out, and `since` the revision that added it.
#pragma once

#include <nlohmann/json.hpp>

#include "load/schema.h"

namespace coprod::format {

// {"format": "coprod proposal", "version_key": "coprod", "version": 1,
//  "sections": [KEY, …]}, where KEY is {"key", "label", "kind", "noun",
//  "required", "help", "not_applicable", and by kind "choices": [{"value",
//  "words"}], "keys": [KEY, …] (mapping), "item": SHAPE and "min_items"
//  (list)}; a SHAPE is a KEY without key, label, required and help.
nlohmann::ordered_json format_json(const Shape& document);

}  // namespace coprod::format
