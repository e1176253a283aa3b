#include "render/catalogue.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/suggest.h"
#include "render/render.h"

namespace coprod {
namespace {

constexpr std::string_view kFormats[] = {"text", "markdown", "json"};

// The terms every rule shares (rules/terms.h), as the catalogue explains them.
constexpr std::string_view kTerms =
    "The rules judge what happened, with whom and when, in the same words:\n\n"
    "- **People who use services, carers or community members**: groups of kind "
    "`lived-experience`, `carers` or `community`.\n"
    "- An activity **took place** when it is dated on or before the board date; one dated later "
    "is planned, and counts towards no rule but `activities-before-board`.\n"
    "- The **level an activity reached** is its `level`, capped by its method: a `survey` or "
    "`consultation` reaches at most consultation, a `focus-group` or `interviews` at most "
    "engagement.\n"
    "- A **co-produced activity** took place, reached `co-design` or `co-production`, and "
    "included people who use services, carers or community members.\n"
    "- A group **took part** when it is named in an activity that took place.\n";

constexpr std::string_view kSlides =
    "the masterclass “Bringing communities to the centre of decision-making” (NHS England and "
    "NHS Improvement with the NHS Confederation, 28 June 2022)";

constexpr std::size_t kWidth = 78;

// What a severity does to the verdict (RULES.md), for readers who do not know.
std::string_view effect(Severity severity) {
  switch (severity) {
    case Severity::blocking:
      return "a finding means the checklist item is not met, and the verdict is Do not proceed";
    case Severity::warning:
      return "a finding means the checklist item is partly met, and the verdict is at best "
             "Proceed with conditions";
    case Severity::advice: return "a finding is advice on good practice and never changes the verdict";
  }
  return "";
}

// Characters as a terminal shows them: UTF-8 continuation bytes take no room.
std::size_t shown_width(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Greedy word wrap, each line starting with `indent`. `Code spans` are kept
// whole, so a key and its value stay on one line.
std::string wrapped(std::string_view text, std::string_view indent) {
  std::vector<std::string> words;
  bool in_code = false;
  std::istringstream in{std::string(text)};
  for (std::string word; in >> word;) {
    if (in_code && !words.empty())
      words.back() += " " + word;
    else
      words.push_back(word);
    if (std::count(word.begin(), word.end(), '`') % 2 == 1) in_code = !in_code;
  }
  std::string out, line;
  for (const std::string& word : words) {
    if (!line.empty() && shown_width(indent) + shown_width(line) + 1 + shown_width(word) > kWidth) {
      out += fmt::format("{}{}\n", indent, line);
      line.clear();
    }
    line += line.empty() ? word : " " + word;
  }
  if (!line.empty()) out += fmt::format("{}{}\n", indent, line);
  return out;
}

std::string indented(std::string_view text, std::string_view indent) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    out += line.empty() ? "\n" : fmt::format("{}{}\n", indent, line);
    start = end + 1;
  }
  return out;
}

// The rules of each checklist item, items in checklist order, empty ones left out.
std::vector<std::pair<const ItemInfo*, std::vector<const Rule*>>> by_item(
    std::span<const Rule* const> rules) {
  std::vector<std::pair<const ItemInfo*, std::vector<const Rule*>>> out;
  for (const ItemInfo& item : checklist_items()) {
    std::vector<const Rule*> of_item;
    for (const Rule* rule : rules)
      if (rule->item == item.item) of_item.push_back(rule);
    if (!of_item.empty()) out.emplace_back(&item, std::move(of_item));
  }
  return out;
}

void list_text(std::span<const Rule* const> rules, std::ostream& out) {
  std::size_t id_width = 0, severity_width = 0;
  for (const Rule* rule : rules) {
    id_width = std::max(id_width, rule->id.size());
    severity_width = std::max(severity_width, name(rule->severity).size());
  }
  for (const auto& [item, of_item] : by_item(rules)) {
    out << item_heading(*item) << '\n';
    for (const Rule* rule : of_item)
      out << fmt::format("  {:<{}}  {:<{}}  {}\n", rule->id, id_width, name(rule->severity),
                         severity_width, rule->title);
    out << '\n';
  }
  out << fmt::format("{}. `coprod explain RULE-ID` shows why a rule matters and what meets it.\n",
                     count(rules.size(), "rule", "rules"));
}

std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

void list_markdown(std::span<const Rule* const> rules, std::ostream& out) {
  out << "# The coprod rules\n\n"
         "<!-- Generated by `coprod rules --format markdown` from the rules themselves: change "
         "the rules, then regenerate this file. -->\n\n"
         "Each rule checks one thing a board should be able to see before it decides, and "
         "belongs to one item of the board assurance checklist. A finding's severity decides "
         "the verdict:\n\n";
  for (Severity severity : {Severity::blocking, Severity::warning, Severity::advice})
    out << fmt::format("- **{}**: {}.\n", name(severity), effect(severity));
  out << fmt::format(
      "\nA rule whose section is marked `{{not_applicable: reason}}` is reported as not "
      "applicable, with the reason. `assurance-satisfied` and `assurance-dissent` are never "
      "not applicable, and cannot be waived.\n\n{}\nThe quotes are from the slides of {}; their text is in "
      "[sources/masterclass-coproduction-2022.txt](sources/masterclass-coproduction-2022.txt).\n",
      kTerms, kSlides);

  for (const auto& [item, of_item] : by_item(rules)) {
    out << fmt::format("\n## {}\n\n| rule | severity | checks |\n| --- | --- | --- |\n",
                       item_heading(*item));
    for (const Rule* rule : of_item)
      out << fmt::format("| [`{}`](#{}) | {} | {} |\n", rule->id, rule->id, name(rule->severity),
                         cell(rule->title));
    for (const Rule* rule : of_item) {
      out << fmt::format("\n### {}\n\n{}\n\n", rule->id, rule->title);
      out << fmt::format("Severity **{}**: {}.\n\n", name(rule->severity), effect(rule->severity));
      out << fmt::format("> {}\n>\n> — slide “{}”\n\n", rule->quote, rule->source);
      out << fmt::format("**What meets it:** {}\n\n", rule->meets);
      out << fmt::format("```yaml\n{}```\n", rule->example);
    }
  }
}

void list_json(std::span<const Rule* const> rules, std::ostream& out) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Rule* rule : rules) {
    const ItemInfo& item = info(rule->item);
    list.push_back({{"id", rule->id},
                    {"severity", name(rule->severity)},
                    {"item", item.id},
                    {"item_number", item.number},
                    {"item_title", item.title},
                    {"title", rule->title},
                    {"quote", rule->quote},
                    {"source", rule->source},
                    {"meets", rule->meets},
                    {"example", rule->example}});
  }
  nlohmann::ordered_json doc = {{"coprod_rules", 1}, {"rules", std::move(list)}};
  out << doc.dump(2) << '\n';
}

}  // namespace

std::span<const std::string_view> catalogue_format_names() { return kFormats; }

std::optional<CatalogueFormat> parse_catalogue_format(std::string_view name) {
  if (name == "text") return CatalogueFormat::text;
  if (name == "markdown") return CatalogueFormat::markdown;
  if (name == "json") return CatalogueFormat::json;
  return std::nullopt;
}

void explain(const Rule& rule, std::ostream& out) {
  out << fmt::format("{}: {}\n\n", rule.id, rule.title);
  out << fmt::format("Checklist item: {}\n", item_heading(info(rule.item)));
  out << wrapped(fmt::format("Severity: {} ({}).", name(rule.severity),
                             effect(rule.severity)),
                 "");
  out << "\nWhy it matters:\n";
  out << wrapped(fmt::format("“{}”", rule.quote), "  ");
  out << wrapped(fmt::format("— slide “{}”, from {}", rule.source, kSlides), "    ");
  out << "\nWhat meets it:\n" << wrapped(rule.meets, "  ");
  out << "\nExample:\n" << indented(rule.example, "  ");
}

void list_rules(std::span<const Rule* const> rules, CatalogueFormat format, std::ostream& out) {
  switch (format) {
    case CatalogueFormat::text: return list_text(rules, out);
    case CatalogueFormat::markdown: return list_markdown(rules, out);
    case CatalogueFormat::json: return list_json(rules, out);
  }
}

std::string unknown_rule(std::string_view id, std::span<const std::string_view> known) {
  std::string message = fmt::format("there is no rule `{}`", id);
  if (auto guess = nearest(id, known))
    message += fmt::format("; did you mean `{}`?", *guess);
  else
    message += ".";
  return message + " Run `coprod rules` to list every rule.";
}

}  // namespace coprod
