#include "load/validate.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <string>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/date.h"
#include "core/suggest.h"
#include "core/utf8.h"
#include "load/vocabulary.h"

namespace coprod::format {

std::string_view trimmed(std::string_view text) { return trim_blank(text); }

bool is_id(std::string_view text) {
  if (text.empty()) return false;
  auto ok = [](char c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (!first && c == '-');
  };
  if (!ok(text[0], true)) return false;
  return std::all_of(text.begin() + 1, text.end(), [&](char c) { return ok(c, false); });
}

void CappedErrors::finish() {
  std::stable_sort(errors_.begin() + std::ptrdiff_t(start_), errors_.end(),
                   [](const Error& a, const Error& b) { return a.at < b.at; });
  if (dropped_ > 0)
    errors_.push_back({errors_.back().at, fmt::format("… and {} more errors", dropped_)});
}

namespace {

using yaml::Node;

// Where a value sits in the document, built only when a message needs it.
struct Path {
  const Path* parent = nullptr;
  std::string_view key;  // empty for a list index
  std::size_t index = 0;

  std::string str() const {
    std::string head = parent ? parent->str() : std::string();
    if (parent == nullptr) return std::string(key);
    if (key.empty()) return fmt::format("{}[{}]", head, index);
    return head.empty() ? std::string(key) : fmt::format("{}.{}", head, key);
  }
  Path child(std::string_view name) const { return {this, name, 0}; }
  Path at(std::size_t i) const { return {this, {}, i}; }
};

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// A value the shape refuses, however it is padded.
bool refused(const Shape& shape, std::string_view text) {
  const std::string_view value = trimmed(text);
  return std::find(shape.refused.begin(), shape.refused.end(), value) != shape.refused.end();
}

// Text still holding what `coprod init` wrote for the user to replace.
bool placeholder(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n\"'");
  return first != std::string_view::npos && text.substr(first).starts_with(kPlaceholder);
}

// "is 0205 a typo for 2005?": the years in range one slip of the keyboard
// away (a digit changed, or two neighbours swapped).
std::string implausible(std::string_view text, const Date& date, const std::string& path) {
  const std::string year = fmt::format("{:04}", date.year);
  std::vector<std::string> guesses;
  for (int y = kFirstYear; y <= kLastYear; ++y) {
    const std::string candidate = fmt::format("{:04}", y);
    int changed = 0;
    for (std::size_t i = 0; i < 4; ++i) changed += candidate[i] != year[i];
    bool swapped = false;
    for (std::size_t i = 0; i + 1 < 4; ++i) {
      std::string s = year;
      std::swap(s[i], s[i + 1]);
      swapped |= s == candidate;
    }
    if (changed == 1 || swapped) guesses.push_back(candidate);
  }
  std::string hint;
  if (!guesses.empty() && guesses.size() <= 3)
    hint = fmt::format(" (is {} a typo for {}?)", year, fmt::join(guesses, " or "));
  return fmt::format("`{}` is not a plausible date for `{}`: a proposal's dates fall between "
                     "{} and {}{}",
                     text, path, kFirstYear, kLastYear, hint);
}

class Validator {
 public:
  Validator(std::vector<Error>& errors, std::size_t max_errors) : errors_(errors, max_errors) {}

  void value(const Node& node, const Shape& shape, const Path& path) {
    switch (shape.kind) {
      case Kind::mapping: return mapping(node, shape, path);
      case Kind::list: return list(node, shape, path);
      default: return scalar(node, shape, path);
    }
  }

  void finish() { errors_.finish(); }

 private:
  void error(Location at, std::string message) {
    errors_.add(at, [&] { return std::move(message); });
  }

  // `{not_applicable: reason}` in place of a section or list. True when the
  // node is one (valid or not), so the caller checks nothing further.
  bool not_applicable(const Node& node, const Shape& shape, const Path& path) {
    if (!node.is_mapping() || node.find(kNotApplicableKey) == nullptr) return false;
    if (!shape.may_be_not_applicable) {
      const bool list_item = path.parent != nullptr && path.key.empty();
      error(node.at, list_item
                         ? fmt::format("`{}` cannot be marked not applicable: remove the item, "
                                       "or mark the whole list not applicable",
                                       path.str())
                         : fmt::format("`{}` cannot be marked not applicable", path.str()));
      return true;
    }
    if (node.pairs() > 1) {
      error(node.at, fmt::format("`{}` is marked not applicable, so `not_applicable` must be its "
                                 "only key",
                                 path.str()));
    }
    const Node& reason = *node.find(kNotApplicableKey);
    if (!reason.is_scalar() || reason.is_null() || is_blank(reason.value)) {
      error(reason.at, fmt::format("`{}` is marked not applicable without a reason: say why, "
                                   "for example `not_applicable: \"…\"`",
                                   path.str()));
    }
    return true;
  }

  void mapping(const Node& node, const Shape& shape, const Path& path) {
    if (not_applicable(node, shape, path)) return;
    if (!node.is_mapping()) {
      error(node.at, fmt::format("`{}` should be a set of `key: value` lines ({}); found {}",
                                 path.str(), shape.noun, node.describe()));
      return;
    }
    if (!version_first(node, shape, path)) return;
    // Keys seen so far, by text. A proposal's mappings are small and a scan
    // of them costs nothing; a hostile one with a hundred thousand keys is
    // checked through a hash, in linear time.
    constexpr std::size_t kScanUpTo = 16;
    std::unordered_map<std::string_view, const Node*> seen;
    auto earlier = [&](std::size_t i) -> const Node* {
      const Node& key = node.key(i);
      if (node.pairs() <= kScanUpTo) {
        for (std::size_t j = 0; j < i; ++j)
          if (node.key(j).is_scalar() && node.key(j).value == key.value) return &node.key(j);
        return nullptr;
      }
      const auto [first, fresh] = seen.emplace(key.value, &key);
      return fresh ? nullptr : first->second;
    };
    for (std::size_t i = 0; i < node.pairs(); ++i) {
      const Node& key = node.key(i);
      if (!key.is_scalar()) {
        error(key.at, "a key must be a plain word, not a list or mapping");
        continue;
      }
      if (const Node* first = earlier(i)) {
        error(key.at, fmt::format("`{}` is given twice{} (first at line {})", key.value,
                                  where(path), first->at.line));
      }
      if (key.value.starts_with("x-")) continue;  // the user's own
      auto known = std::find_if(shape.keys.begin(), shape.keys.end(),
                                [&](const Key& k) { return k.name == key.value; });
      if (known == shape.keys.end()) {
        // The list of names is needed only for the suggestion.
        std::vector<std::string_view> names;
        for (const Key& k : shape.keys) names.push_back(k.name);
        error(key.at, fmt::format("unknown key `{}`{}{}", key.value, where(path),
                                  did_you_mean(key.value, names)));
        continue;
      }
      const Key& spec = *known;
      const Node& given = node.value_at(i);
      if (given.is_null()) continue;  // as if absent; required keys are checked below
      value(given, *spec.shape, path.child(spec.name));
    }

    for (const Key& key : shape.keys) {
      if (!key.required) continue;
      const Node* given = node.find(key.name);
      const bool missing = given == nullptr || given->is_null() ||
                           (given->is_scalar() && key.shape->kind != Kind::version &&
                            is_blank(given->value));
      // A key spelt otherwise (`Title`, `board date`) is reported once: as
      // unknown, with the spelling it is missing.
      if (missing && !misspelt(node, shape, key.name)) {
        const std::string full = path.child(key.name).str();
        error(node.at, fmt::format("`{}` is required: {}", full, key.help));
      }
    }
  }

  // Whether a key of `node` that the format does not know is `name` misspelt.
  static bool misspelt(const Node& node, const Shape& shape, std::string_view name) {
    std::vector<std::string_view> names;
    for (const Key& k : shape.keys) names.push_back(k.name);
    for (std::size_t i = 0; i < node.pairs(); ++i) {
      const Node& key = node.key(i);
      if (!key.is_scalar() || std::find(names.begin(), names.end(), key.value) != names.end()) continue;
      if (nearest(key.value, names) == name) return true;
    }
    return false;
  }

  // A document says which version of its format it is before anything else
  // is judged: a file that is not one at all gets one clear error, not fifty.
  // False when the version is missing or not one this build reads.
  bool version_first(const Node& node, const Shape& shape, const Path& path) {
    for (const Key& key : shape.keys) {
      if (key.shape->kind != Kind::version) continue;
      const Node* given = node.find(key.name);
      if (given == nullptr || given->is_null()) {
        error(node.at, fmt::format("this is not {}: it has no `{}: {}` line (the version of {})",
                                   shape.noun, key.name, key.shape->version, key.shape->format));
        return false;
      }
      const std::size_t reported = errors_.found();
      value(*given, *key.shape, path.child(key.name));
      if (errors_.found() != reported) return false;
    }
    return true;
  }

  static std::string where(const Path& path) {
    const std::string p = path.str();
    return p.empty() ? std::string() : fmt::format(" in `{}`", p);
  }

  void list(const Node& node, const Shape& shape, const Path& path) {
    if (shape.one_or_list && node.is_scalar()) return scalar(node, *shape.item, path);
    if (not_applicable(node, shape, path)) return;
    if (!node.is_sequence()) {
      error(node.at, fmt::format("`{}` should be {}, with each item on a line starting `- `; "
                                 "found {}",
                                 path.str(), shape.noun, node.describe()));
      return;
    }
    if (node.items.size() < shape.min_items) {
      error(node.at, fmt::format("`{}` needs at least {} item", path.str(), shape.min_items));
    }
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      const Node& item = *node.items[i];
      const Path item_path = path.at(i);
      if (item.is_null()) {
        // An empty item has no text of its own to point at; the list is clearer.
        error(node.at, fmt::format("`{}` is empty: remove the `-` or fill it in", item_path.str()));
        continue;
      }
      value(item, *shape.item, item_path);
    }
    if (shape.item->kind == Kind::mapping) unique_ids(node, path);
  }

  void unique_ids(const Node& list, const Path& path) {
    std::unordered_map<std::string_view, const Node*> seen;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
      const Node* id = list.items[i]->find(kIdKey);
      if (id == nullptr || !id->is_scalar()) continue;
      if (const auto [earlier, fresh] = seen.emplace(id->value, id); !fresh) {
        error(id->at, fmt::format("the id `{}` is used twice in `{}` (first at line {}); ids "
                                  "must be unique",
                                  id->value, path.str(), earlier->second->at.line));
      }
    }
  }

  void scalar(const Node& node, const Shape& shape, const Path& path) {
    if (!node.is_scalar()) {
      if (shape.kind == Kind::choice)
        error(node.at, fmt::format("`{}` should be a single {}, such as `{}`; found {}",
                                   path.str(), shape.noun, shape.choices.front(), node.describe()));
      else
        error(node.at, fmt::format("`{}` should be {}; found {}", path.str(), shape.noun,
                                   node.describe()));
      return;
    }
    const std::string_view text = node.value;
    switch (shape.kind) {
      case Kind::text:
        if (refused(shape, text))
          error(node.at, fmt::format("`{}` {}", trimmed(text), shape.refused_why));
        else if (placeholder(text))
          error(node.at, fmt::format("`{}` still holds the starter's placeholder (\"{}…\"): "
                                     "replace it with your own words, or delete the line",
                                     path.str(), trim(kPlaceholder)));
        return;
      case Kind::date:
        if (const auto date = Date::parse(text); !date) {
          const DateSlip slip = explain_date(text);
          error(node.at, fmt::format("`{}` is not a date for `{}`: {}{}", text, path.str(), slip.problem,
                                     slip.meant ? fmt::format("; did you mean `{}`?", *slip.meant)
                                                : std::string()));
        } else if (date->year < kFirstYear || date->year > kLastYear) {
          error(node.at, implausible(text, *date, path.str()));
        }
        return;
      case Kind::id:
        if (!is_id(text))
          error(node.at, fmt::format("`{}` is not a valid id for `{}`: use lower-case letters, "
                                     "digits and hyphens, for example `lived-experience-panel`",
                                     text, path.str()));
        return;
      case Kind::boolean:
        if (!node.plain || (text != "true" && text != "false")) error(node.at, not_boolean(node, path));
        return;
      case Kind::whole_number:
        if (!node.plain || text.empty() || text.size() > 9 ||
            !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
          error(node.at, fmt::format("`{}` should be a whole number of 0 or more; found `{}`{}",
                                     path.str(), text, whole_number_hint(text)));
        return;
      case Kind::version:
        if (text != std::to_string(shape.version))
          error(node.at, fmt::format("`{}: {}` is not a version of {} this coprod reads: it reads "
                                     "version {}",
                                     path.str(), text, shape.format, shape.version));
        else if (!node.plain)
          error(node.at, fmt::format("write the version as the number {0} without quotes: `{1}: {0}`",
                                     shape.version, path.str()));
        return;
      case Kind::choice:
        if (refused(shape, text)) {
          error(node.at, fmt::format("`{}` {}", path.str(), shape.refused_why));
        } else if (std::find(shape.choices.begin(), shape.choices.end(), text) == shape.choices.end()) {
          const auto guess = nearest_meaning(text, shape.choices, vocab::kSynonyms);
          std::string hint = guess ? fmt::format("; did you mean `{}`?", *guess)
                                   : fmt::format("; use one of {}", one_of(shape.choices));
          if (guess && (text.starts_with("\xE2\x80\x9C") || text.starts_with("\xE2\x80\x98")))
            hint += " (curly quotes “ ” are not quotes in YAML, so they are part of the value)";
          error(node.at, fmt::format("`{}` is not a known {} for `{}`{}", text, shape.noun,
                                     path.str(), hint));
        }
        return;
      case Kind::list:
      case Kind::mapping: return;
    }
  }

  // `yes`, `"true"`, `Yes, it moves`: what was meant is clear, and what to
  // write instead. An answer in words is judged by its first word.
  static std::string not_boolean(const Node& node, const Path& path) {
    std::string lower, first;
    for (char c : node.value) lower += char(std::tolower(static_cast<unsigned char>(c)));
    for (char c : lower) {
      if (!std::isalpha(static_cast<unsigned char>(c))) break;
      first += c;
    }
    const bool words = first.size() < lower.size();
    const bool yes = lower == "true" || lower == "yes" || lower == "y" || lower == "on" ||
                     (words && (first == "yes" || first == "true"));
    const bool no = lower == "false" || lower == "no" || lower == "n" || lower == "off" ||
                    (words && (first == "no" || first == "false"));
    if (!node.plain && (node.value == "true" || node.value == "false"))
      return fmt::format("`{0}` should be `true` or `false` without quotes; found `\"{1}\"`, which "
                         "is text in quotes: write `{1}`",
                         path.str(), node.value);
    if (yes || no)
      return fmt::format("`{}` should be `true` or `false`; found `{}`: did you mean `{}`?",
                         path.str(), node.value, yes ? "true" : "false");
    return fmt::format("`{}` should be `true` or `false`; found `{}`", path.str(), node.value);
  }

  CappedErrors errors_;
};

}  // namespace

void validate(const yaml::Node& root, const Shape& shape, std::vector<Error>& errors,
              std::size_t max_errors) {
  Validator validator(errors, max_errors);
  validator.value(root, shape, Path{});
  validator.finish();
}

}  // namespace coprod::format
