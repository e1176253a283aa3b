#include "config/schema.h"

#include <vector>

#include "rules/registry.h"

namespace coprod::config {
namespace {

using format::Key;
using format::Kind;
using format::Shape;

constexpr std::string_view kSeverities[] = {"blocking", "warning", "advice"};

constexpr Shape kText{.kind = Kind::text, .noun = "text"};
constexpr Shape kDate{.kind = Kind::date, .noun = "a date"};
constexpr Shape kVersionShape{.kind = Kind::version, .noun = "the configuration version",
                         .version = config::kVersion, .format = "the configuration format"};
constexpr Shape kFailOn{.kind = Kind::choice, .noun = "fail level", .choices = kFailLevels};
constexpr Shape kSeverity{.kind = Kind::choice, .noun = "severity", .choices = kSeverities};
// An absolute's severity: stated as `blocking` or not at all.
constexpr Shape kAbsoluteSeverity{
    .kind = Kind::choice,
    .noun = "severity",
    .choices = kSeverities,
    .refused = format::kBelowBlocking,
    .refused_why = "cannot be lowered: when those who took part are not satisfied with the "
                   "process, or a group records its dissent, the board does not proceed, whatever "
                   "the configuration says. Remove the line"};
constexpr Shape kGlobs{.kind = Kind::list, .noun = "a list of file globs", .item = &kText,
                       .min_items = 1};

// A proposal's waiver, and the files it covers (after the rule it waives).
const Shape& waivers() {
  static const std::vector<Key> keys = [] {
    const std::span<const Key> waiver = format::waiver_entry().keys;
    std::vector<Key> out(waiver.begin(), waiver.end());
    out.insert(out.begin() + 1,
               Key{.name = "files",
                   .shape = &kGlobs,
                   .required = true,
                   .help = "the proposals it applies to: globs relative to this file's folder "
                           "(*, ** and ?)"});
    return out;
  }();
  static const Shape waiver{.kind = Kind::mapping, .noun = "a waiver", .keys = keys};
  static const Shape list{.kind = Kind::list, .noun = "a list of waivers", .item = &waiver};
  return list;
}

// The rule sets a configuration may name: the registry's.
const Shape& framework_list() {
  static const std::vector<std::string_view> ids = framework_ids();
  static const Shape framework{.kind = Kind::choice, .noun = "framework", .choices = ids};
  static const Shape list{.kind = Kind::list, .noun = "a list of frameworks", .item = &framework,
                          .min_items = 1};
  return list;
}

// One key per rule, so an unknown rule id is reported like any unknown key.
const Shape& severity_overrides() {
  static const std::vector<Key> keys = [] {
    std::vector<Key> out;
    for (const Rule* rule : all_rules())
      out.push_back({rule->id, is_absolute(*rule) ? &kAbsoluteSeverity : &kSeverity, false,
                     rule->title});
    return out;
  }();
  static const Shape shape{.kind = Kind::mapping, .noun = "a set of `rule-id: severity` lines",
                           .keys = keys};
  return shape;
}

}  // namespace

const Shape& config_document() {
  static const Key keys[] = {
      {"coprod_config", &kVersionShape, true, "the version of the configuration format: 1"},
      {"frameworks", &framework_list(), false, "the rule sets to apply: [board-assurance]"},
      {"fail_on", &kFailOn, false,
       "the lowest severity that fails the run, as --fail-on: blocking, warning, advice or never"},
      {"severity", &severity_overrides(), false,
       "per-rule severity overrides: `rule-id: blocking|warning|advice`"},
      {"waivers", &waivers(), false, "waivers that apply to many proposals, by file glob"},
      {"exclude", &kGlobs, false,
       "files and folders a folder walk leaves out, as --exclude: globs relative to this file's "
       "folder (*, ** and ?); one without a `/` matches a name at any depth"},
  };
  static const Shape shape{.kind = Kind::mapping, .noun = "a coprod configuration", .keys = keys};
  return shape;
}

}  // namespace coprod::config
