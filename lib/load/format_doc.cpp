#include "load/format_doc.h"

#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "load/schema.h"

namespace coprod::format {
namespace {

// `a` `b` `c`, as the reference lists words.
std::string words_of(const Shape& shape) {
  std::vector<std::string> ids;
  for (std::string_view id : shape.choices) ids.push_back(fmt::format("`{}`", id));
  return fmt::format("{}", fmt::join(ids, " "));
}

class Reference {
 public:
  std::string text() && { return std::move(out_); }

  // A top-level section, then the entries its lists hold.
  void section(const Key& key) {
    const Shape& shape = *key.shape;
    out_ += fmt::format("### `{}`: {}\n\n", key.name, key.help);
    std::vector<std::string> notes;
    if (key.required) notes.push_back("Required.");
    if (shape.may_be_not_applicable)
      notes.push_back("It may instead be `{not_applicable: \"the reason\"}`.");
    if (key.since > 1) notes.push_back(fmt::format("*Added in revision {}.*", key.since));
    if (!key.more.empty()) notes.emplace_back(key.more);
    if (!notes.empty()) out_ += fmt::format("{}\n\n", fmt::join(notes, " "));
    pending_.clear();
    if (shape.kind == Kind::mapping) table(shape, std::string(key.name));
    else if (shape.kind == Kind::list && shape.item->kind == Kind::mapping)
      entry(*shape.item, fmt::format("{}[]", key.name));
    else
      out_ += fmt::format("A {}.\n\n", type(shape));
    while (!pending_.empty()) {
      const auto [item, path] = pending_.front();
      pending_.erase(pending_.begin());
      entry(*item, path);
    }
  }

 private:
  void entry(const Shape& shape, const std::string& path) {
    out_ += fmt::format("**{}** (`{}`):\n\n", capital(shape.noun), path);
    table(shape, path);
  }

  void table(const Shape& shape, const std::string& path) {
    out_ += "| key | type | required | meaning |\n| --- | --- | --- | --- |\n";
    std::vector<std::string> values;
    for (const Key& key : shape.keys) {
      std::string meaning(key.help);
      if (!key.more.empty()) meaning += fmt::format(". {}", key.more);
      if (key.since > 1) meaning = fmt::format("*(added in revision {})* {}", key.since, meaning);
      out_ += fmt::format("| `{}` | {} | {} | {} |\n", key.name, type(*key.shape, path, key),
                          key.required ? "yes" : "no", meaning);
      const Shape& value = key.shape->kind == Kind::list ? *key.shape->item : *key.shape;
      if (value.kind == Kind::choice) means(key, value, values);
    }
    out_ += '\n';
    for (const std::string& v : values) out_ += v;
  }

  // What each value of a choice means, where its word alone does not say.
  static void means(const Key& key, const Shape& shape, std::vector<std::string>& out) {
    std::vector<std::string> said;
    for (const vocab::Word& w : shape.words)
      if (!w.means.empty()) said.push_back(fmt::format("`{}`: {}", w.id, w.means));
    if (said.empty()) return;
    out.push_back(fmt::format("`{}`: {}.\n\n", key.name, fmt::join(said, "; ")));
  }

  // A value's type as the tables say it; a list of entries is described below.
  std::string type(const Shape& shape, const std::string& path = {}, const Key& key = Key{}) {
    switch (shape.kind) {
      case Kind::text: return "text";
      case Kind::date: return "date";
      case Kind::id: return "id";
      case Kind::boolean: return "`true` or `false`";
      case Kind::whole_number: return "whole number";
      case Kind::version: return fmt::format("`{}`", shape.version);
      case Kind::choice: return fmt::format("one of {}", words_of(shape));
      case Kind::list: {
        const Shape& item = *shape.item;
        if (item.kind == Kind::mapping) {
          const std::string below = fmt::format("{}.{}[]", path, key.name);
          pending_.emplace_back(&item, below);
          return fmt::format("list of *{}* (below)", without_article(item.noun));
        }
        if (item.kind == Kind::choice) return fmt::format("list of {}", words_of(item));
        return std::string(without_article(shape.noun));
      }
      case Kind::mapping: {
        std::vector<std::string> keys;
        for (const Key& k : shape.keys) keys.push_back(fmt::format("`{}` ({})", k.name, type(*k.shape)));
        return fmt::format("{{{}}}", fmt::join(keys, ", "));
      }
    }
    return "text";
  }

  static std::string capital(std::string_view noun) {
    std::string out(without_article(noun));
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 'a' + 'A');
    return out;
  }
  static std::string_view without_article(std::string_view noun) {
    for (std::string_view article : {"a ", "an ", "the "})
      if (noun.starts_with(article)) return noun.substr(article.size());
    return noun;
  }

  std::string out_;
  std::vector<std::pair<const Shape*, std::string>> pending_;  // entries still to describe
};

}  // namespace

std::string reference_markdown() {
  Reference reference;
  for (const Key& key : proposal_document().keys)
    if (key.shape->kind != Kind::version) reference.section(key);
  return std::move(reference).text();
}

}  // namespace coprod::format
