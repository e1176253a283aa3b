#include "load/starter.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "load/schema.h"

namespace coprod {
namespace {

using format::Key;
using format::Kind;
using format::Shape;

// Values that make the starter read like a proposal, and agree with each
// other (an activity names a group that exists), by document path.
struct Sample {
  std::string_view path;
  std::string_view value;
};
constexpr Sample kSamples[] = {
    {"who.groups[].id", "lived-experience-panel"},
    {"who.groups[].kind", "lived-experience"},
    {"who.groups[].people", "12"},
    {"who.groups[].paid", "true"},
    {"who.groups[].reached_via", "both"},
    {"how.activities[].id", "discovery"},
    {"how.activities[].stage", "problem-definition"},
    {"how.activities[].level", "co-production"},
    {"how.activities[].groups[]", "lived-experience-panel"},
    {"origin.defined_with[]", "lived-experience-panel"},
    {"outcomes.changes[].from", "discovery"},
    {"assurance.signed_off_by[]", "lived-experience-panel"},
    {"assurance.dissent[].group", "lived-experience-panel"},
    {"assurance.ownership", "full-board"},
    // The least a group's part can claim, until the team says more.
    {"who.groups[].roles[]", "participant"},
    {"who.groups[].relationship", "one-off"},
    {"publication.covers[]", "plans"},
    {"publication.formats[]", "easy-read"},
};
// Booleans start false: above all `assurance.satisfied`, so an unfilled
// starter can never be judged ready for a board.

// A YAML double-quoted string.
std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// Keys the starter shows commented out, for the team to turn on when they
// apply: waivers (exceptions a board agrees), what was already decided, a
// group's dissent, a contact for the public, and the records the legal-duties
// and nhse-principles frameworks read, the deciding body among them (left
// as a sample, it would claim a legal duty the team never chose).
bool commented(const Key& key) {
  constexpr std::string_view kOff[] = {"waivers",  "contact",      "prior_commitments",
                                       "dissent",  "body",         "consultation",
                                       "equality", "scrutiny",     "publication"};
  for (std::string_view name : kOff)
    if (key.name == name) return true;
  return false;
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
      key_line(key, "", commented(key) ? "# " : "", std::string(key.name));
    }
  }

  std::string text() && { return std::move(out_); }

 private:
  // `# help` then `key: value` (or `key:` and what it holds), at `indent`.
  void key_line(const Key& key, const std::string& indent, std::string_view off,
                const std::string& path) {
    std::string help(key.help);
    if (key.shape->kind == Kind::choice)
      help += fmt::format(" (one of: {})", fmt::join(key.shape->choices, ", "));
    if (key.required) help += " (required)";
    out_ += fmt::format("{}{}# {}\n", off, indent, help);
    out_ += fmt::format("{}{}{}:", off, indent, key.name);
    body(*key.shape, indent, off, path, key.help);
  }

  // What follows `key:` or `- `: a scalar on the same line, or nested lines.
  void body(const Shape& shape, const std::string& indent, std::string_view off,
            const std::string& path, std::string_view help) {
    switch (shape.kind) {
      case Kind::mapping:
        out_ += '\n';
        for (const Key& key : shape.keys)
          key_line(key, indent + "  ", commented(key) ? "# " : off, path + "." + std::string(key.name));
        return;
      case Kind::list:
        out_ += '\n';
        out_ += fmt::format("{}{}  -", off, indent);
        if (shape.item->kind == Kind::mapping) {
          // The first key on the `- ` line, the rest under it.
          bool first = true;
          for (const Key& key : shape.item->keys) {
            const std::string item_path = path + "[]." + std::string(key.name);
            if (first) {
              out_ += fmt::format(" {}:", key.name);
              body(*key.shape, indent + "    ", off, item_path, key.help);
              first = false;
            } else {
              key_line(key, indent + "    ", commented(key) ? "# " : off, item_path);
            }
          }
        } else {
          body(*shape.item, indent + "  ", off, path + "[]", help);
        }
        return;
      default:
        out_ += fmt::format(" {}\n", scalar(shape, path, help));
    }
  }

  std::string scalar(const Shape& shape, const std::string& path, std::string_view help) const {
    for (const Sample& sample : kSamples)
      if (sample.path == path) return std::string(sample.value);
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
