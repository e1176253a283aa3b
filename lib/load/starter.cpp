#include "load/starter.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "load/schema.h"

namespace coprod {
namespace {

using format::Key;
using format::Kind;
using format::Shape;

// Booleans start false: above all `assurance.satisfied`, so an unfilled
// starter can never be judged ready for a board. Other values come from the
// format's table: a key's sample, or else the first of its choices.

// A YAML double-quoted string.
std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// A word before a top-level key, for what the help line alone cannot say.
struct Preface {
  std::string_view key;
  std::string_view text;
};
constexpr Preface kPrefaces[] = {
    {"consultation",
     "# The next four sections are the records the legal-duties and nhse-principles\n"
     "# frameworks read (chosen with `frameworks:` in .coprod.yaml). Remove the `# `\n"
     "# from those that apply, or mark one `{not_applicable: \"the reason\"}`.\n"},
};

class Writer {
 public:
  explicit Writer(Date today) : today_(today) {}

  void document(const Shape& shape) {
    for (const Key& key : shape.keys) {
      out_ += '\n';
      for (const Preface& preface : kPrefaces)
        if (preface.key == key.name) out_ += preface.text;
      key_line(key, "", key.optional_in_starter ? "# " : "");
    }
  }

  std::string text() && { return std::move(out_); }

 private:
  // `# help` then `key: value` (or `key:` and what it holds), at `indent`.
  void key_line(const Key& key, const std::string& indent, std::string_view off) {
    out_ += fmt::format("{}{}# {}\n", off, indent, help(key));
    out_ += fmt::format("{}{}{}:", off, indent, key.name);
    body(*key.shape, indent, off, key.sample, key.help);
  }

  // A key's help, with the values it allows and whether it is required.
  static std::string help(const Key& key) {
    std::string help(key.help);
    const bool list = key.shape->kind == Kind::list;
    const Shape& values = list ? *key.shape->item : *key.shape;
    if (values.kind == Kind::choice)
      help += fmt::format(" ({} of: {})", list ? "any" : "one", choices(values));
    if (key.required) help += " (required)";
    return help;
  }

  // What follows `key:` or `- `: a scalar on the same line, or nested lines.
  // `sample` is what the key's row says to write, for it or its items.
  void body(const Shape& shape, const std::string& indent, std::string_view off,
            std::string_view sample, std::string_view help) {
    switch (shape.kind) {
      case Kind::mapping:
        out_ += '\n';
        for (const Key& key : shape.keys)
          key_line(key, indent + "  ", key.optional_in_starter ? "# " : off);
        return;
      case Kind::list:
        out_ += '\n';
        if (shape.item->kind == Kind::mapping) {
          // The first key on the `- ` line, its help above it; the rest under it.
          const Key& first = shape.item->keys.front();
          out_ += fmt::format("{}{}  # {}\n", off, indent, this->help(first));
          out_ += fmt::format("{}{}  - {}:", off, indent, first.name);
          body(*first.shape, indent + "    ", off, first.sample, first.help);
          for (const Key& key : shape.item->keys.subspan(1))
            key_line(key, indent + "    ", key.optional_in_starter ? "# " : off);
        } else {
          out_ += fmt::format("{}{}  -", off, indent);
          body(*shape.item, indent + "  ", off, sample, help);
        }
        return;
      default:
        out_ += fmt::format(" {}\n", scalar(shape, sample, help));
    }
  }

  // The values a choice allows, each with what it means when the word
  // alone does not say: "true, declined (payment was offered and declined)".
  static std::string choices(const Shape& shape) {
    std::vector<std::string> values;
    for (const vocab::Word& w : shape.words)
      values.push_back(w.means.empty() ? std::string(w.id) : fmt::format("{} ({})", w.id, w.means));
    return fmt::format("{}", fmt::join(values, ", "));
  }

  std::string scalar(const Shape& shape, std::string_view sample, std::string_view help) const {
    if (!sample.empty()) return std::string(sample);
    switch (shape.kind) {
      case Kind::date: return today_.iso();
      case Kind::id: return "example";
      case Kind::boolean: return "false";
      case Kind::whole_number: return "0";
      case Kind::version: return std::to_string(shape.version);
      case Kind::choice: return std::string(shape.choices.front());
      default: return double_quoted(fmt::format("{}{}", format::kPlaceholder, help));
    }
  }

  Date today_;
  std::string out_;
};

}  // namespace

std::string starter_proposal(Date today) {
  Writer writer(today);
  writer.document(format::proposal_document());
  return "# A coprod proposal: the evidence of co-production behind a decision, for the board.\n"
         "# Replace every value, delete what does not apply, or mark a section\n"
         "# `{not_applicable: \"the reason\"}`. Then run `coprod check` on this file.\n" +
         std::move(writer).text();
}

}  // namespace coprod
