#include "render/catalogue.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/suggest.h"
#include "render/docs_url.h"
#include "render/render.h"
#include "rules/registry.h"

namespace coprod {
namespace {

constexpr std::string_view kCatalogueFormats[] = {"text", "markdown", "json"};

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

constexpr std::size_t kLineWidth = 78;

// What a severity does to the verdict (docs/rules.md), in the framework's words,
// for readers who do not know.
std::string effect(Severity severity, const Framework& framework) {
  switch (severity) {
    case Severity::blocking:
      return fmt::format("a finding means the checklist item is not met, and the verdict is “{}”",
                         framework.words.do_not_proceed);
    case Severity::warning:
      return fmt::format("a finding means the checklist item is partly met, and the verdict is "
                         "at best “{}”",
                         framework.words.conditional);
    case Severity::advice: return "a finding is advice on good practice and never changes the verdict";
  }
  return "";
}

// Where a rule's quote comes from, in full ("slide “…”, from the masterclass …").
std::string citation(const Rule& rule) {
  return fmt::format(fmt::runtime(framework_of(rule).citation), rule.source);
}

// The same in the catalogue, where the framework's sources are given once.
std::string short_citation(const Rule& rule) {
  return fmt::format(fmt::runtime(framework_of(rule).cite), rule.source);
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
    if (!line.empty() && shown_width(indent) + shown_width(line) + 1 + shown_width(word) > kLineWidth) {
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

// The rules of each checklist item: framework by framework, items in
// checklist order, empty ones left out; the integrity rules last, once.
struct Section {
  const Framework* framework;
  const ItemInfo* item;
  std::vector<const Rule*> rules;
};

std::vector<Section> sections(std::span<const Framework* const> selected) {
  std::vector<Section> out;
  for (const Framework* framework : selected)
    for (const ItemInfo* item : framework->items) {
      Section s{framework, item, {}};
      for (const Rule* rule : framework->rules)
        if (rule->item == item) s.rules.push_back(rule);
      if (!s.rules.empty()) out.push_back(std::move(s));
    }
  const auto integrity = integrity_rules();
  out.push_back({&default_framework(), &kIntegrity, {integrity.begin(), integrity.end()}});
  return out;
}

std::size_t rule_count(const std::vector<Section>& sections) {
  std::size_t n = 0;
  for (const Section& s : sections) n += s.rules.size();
  return n;
}

// "Legal duties: Is the involvement lawful?", said before a framework's
// rules when more than one is listed.
std::string framework_heading(const Framework& f) {
  return fmt::format("{} ({}): {}", f.title, f.id, f.question);
}

void list_text(std::span<const Framework* const> selected, std::ostream& out) {
  const std::vector<Section> all = sections(selected);
  std::size_t id_width = 0, severity_width = 0;
  for (const Section& s : all)
    for (const Rule* rule : s.rules) {
      id_width = std::max(id_width, rule->id.size());
      severity_width = std::max(severity_width, name(rule->severity).size());
    }
  const Framework* current = nullptr;
  for (const Section& s : all) {
    if (selected.size() > 1 && s.item != &kIntegrity && s.framework != current) {
      current = s.framework;
      out << framework_heading(*current) << "\n\n";
    } else if (selected.size() > 1 && s.item == &kIntegrity) {
      out << "Every framework\n\n";
    }
    out << item_heading(*s.item) << '\n';
    for (const Rule* rule : s.rules)
      out << fmt::format("  {:<{}}  {:<{}}  {}\n", rule->id, id_width, name(rule->severity),
                         severity_width, rule->title);
    out << '\n';
  }
  out << fmt::format("{}. `coprod explain RULE-ID` shows why a rule matters and what meets it.\n",
                     count(rule_count(all), "rule", "rules"));
}

// For a rule not asked at every level: the level it is asked from, as a
// sentence (docs/format.md "What a level asks"); empty otherwise.
std::string asked_from(const Rule& rule) {
  if (rule.asked_from == Level::coercion) return {};
  return fmt::format("Asked from {}-level involvement: a proposal whose proportionate level, or "
                     "urgent decision, is lower has it not applicable.",
                     vocab::id(rule.asked_from));
}

std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

void list_markdown(std::span<const Framework* const> selected, std::ostream& out) {
  const std::vector<Section> all = sections(selected);
  const bool one = selected.size() == 1;
  const Framework& first = *selected.front();
  if (one && &first == &default_framework())
    out << "# The coprod rules\n\n";
  else if (one)
    out << fmt::format("# The coprod rules: {}\n\n", first.title);
  else
    out << "# The coprod rules: every framework\n\n";
  out << "<!-- Generated by `coprod rules --format markdown` from the rules themselves: change "
         "the rules, then regenerate this file. -->\n\n";
  if (one && !first.preface.empty()) out << fmt::format("**{}**\n\n", first.preface);
  if (one && &first != &default_framework()) out << fmt::format("{}\n\n", first.question);
  out << (one && &first == &default_framework()
              ? "Each rule checks one thing a board should be able to see before it decides, and "
                "belongs to one item of the board assurance checklist. "
              : "Each rule checks one thing a board should be able to see before it decides, and "
                "belongs to one item of its framework's checklist. ")
      << "A finding's severity decides the verdict:\n\n";
  for (Severity severity : {Severity::blocking, Severity::warning, Severity::advice})
    out << fmt::format("- **{}**: {}.\n", name(severity), effect(severity, *selected.front()));
  std::vector<std::string> absolutes;  // `assurance-satisfied`, `assurance-dissent`
  for (const Framework* f : selected)
    for (const Rule* rule : f->rules)
      if (is_absolute(*rule)) absolutes.push_back(fmt::format("`{}`", rule->id));
  out << fmt::format(
      "\nA rule whose section is marked `{{not_applicable: reason}}` is reported as not "
      "applicable, with the reason.{}\n\n{}\n",
      !absolutes.empty()
          ? fmt::format(" {} {} never not applicable, and cannot be waived.",
                        join_words(absolutes, "and"), absolutes.size() == 1 ? "is" : "are")
          : " A rule that applies only when the proposal gives something (a consultation's "
            "dates, say) is reported as not applicable, naming what is not given, never as "
            "met.",
      kTerms);
  for (const Framework* f : selected) out << fmt::format("{}\n", f->sources);

  const Framework* current = nullptr;
  for (const Section& s : all) {
    if (!one && s.item != &kIntegrity && s.framework != current) {
      current = s.framework;
      out << fmt::format("\n## {}\n\n{}\n", framework_heading(*current), current->preface);
    }
    out << fmt::format("\n{} {}\n\n| rule | severity | checks |\n| --- | --- | --- |\n",
                       one ? "##" : "###", item_heading(*s.item));
    for (const Rule* rule : s.rules)
      out << fmt::format("| [`{}`](#{}) | {} | {} |\n", rule->id, rule->id, name(rule->severity),
                         cell(rule->title));
    for (const Rule* rule : s.rules) {
      out << fmt::format("\n{} {}\n\n{}\n\n", one ? "###" : "####", rule->id, rule->title);
      out << fmt::format("Severity **{}**: {}.\n\n", name(rule->severity), effect(rule->severity, framework_of(*rule)));
      if (const std::string level = asked_from(*rule); !level.empty()) out << level << "\n\n";
      out << fmt::format("> {}\n>\n> — {}\n\n", rule->quote, short_citation(*rule));
      out << fmt::format("**What meets it:** {}\n\n", rule->meets);
      out << fmt::format("```yaml\n{}```\n", rule->example);
    }
  }
}

void list_json(std::span<const Framework* const> selected, std::ostream& out) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Section& s : sections(selected))
  for (const Rule* rule : s.rules) {
    const ItemInfo& item = *rule->item;
    list.push_back({{"id", rule->id},
                    {"framework", framework_of(*rule).id},
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

std::span<const std::string_view> catalogue_format_names() { return kCatalogueFormats; }

std::optional<CatalogueFormat> parse_catalogue_format(std::string_view name) {
  if (name == "text") return CatalogueFormat::text;
  if (name == "markdown") return CatalogueFormat::markdown;
  if (name == "json") return CatalogueFormat::json;
  return std::nullopt;
}

void explain(const Rule& rule, std::ostream& out) {
  const Framework& framework = framework_of(rule);
  out << fmt::format("{}: {}\n\n", rule.id, rule.title);
  if (&framework == &default_framework() || is_integrity(rule))
    out << fmt::format("Checklist item: {}\n", item_heading(*rule.item));
  else
    out << fmt::format("Checklist item: {}, in {} ({})\n", item_heading(*rule.item),
                       framework.title, framework.id);
  out << wrapped(fmt::format("Severity: {} ({}).", name(rule.severity),
                             effect(rule.severity, framework)),
                 "");
  if (const std::string level = asked_from(rule); !level.empty()) out << wrapped(level, "");
  out << "\nWhy it matters:\n";
  out << wrapped(fmt::format("“{}”", rule.quote), "  ");
  out << wrapped(fmt::format("— {}", citation(rule)), "    ");
  out << "\nWhat meets it:\n" << wrapped(rule.meets, "  ");
  out << "\nExample:\n" << indented(rule.example, "  ");
  if (!framework.caution.empty() && !is_integrity(rule)) out << '\n' << wrapped(framework.caution, "");
}

void list_rules(std::span<const Framework* const> selected, CatalogueFormat format,
                std::ostream& out) {
  switch (format) {
    case CatalogueFormat::text: return list_text(selected, out);
    case CatalogueFormat::markdown: return list_markdown(selected, out);
    case CatalogueFormat::json: return list_json(selected, out);
  }
}

std::string docs_page(const Framework& framework) {
  if (&framework == &default_framework()) return "rules.md";
  return fmt::format("rules-{}.md", framework.id);
}

std::string help_uri(const Rule& rule) {
  if (kDocsUrl.empty()) return {};
  // A rule's section is its `### rule-id` heading, whose anchor is the id.
  return fmt::format("{}{}#{}", kDocsUrl, docs_page(framework_of(rule)), rule.id);
}

std::string unknown_rule(std::string_view id, std::span<const std::string_view> known) {
  std::string message = fmt::format("there is no rule `{}`", id);
  if (auto guess = nearest(id, known))
    message += fmt::format("; did you mean `{}`?", *guess);
  else
    message += ".";
  return message + " Run `coprod rules` to list every rule.";
}

std::string unknown_framework(std::string_view id) {
  const std::vector<std::string_view> known = framework_ids();
  std::string message = fmt::format("there is no framework `{}`", id);
  // "legal" means legal-duties: a word of the id is what people type.
  std::optional<std::string_view> guess = nearest(id, known);
  for (std::string_view k : known)
    if (!id.empty() && k.starts_with(id)) guess = k;
  if (guess) message += fmt::format("; did you mean `{}`?", *guess);
  else message += ".";
  std::string list;
  for (std::string_view k : known) list += fmt::format("{}{}", list.empty() ? "" : ", ", k);
  return message + fmt::format(" The frameworks are {}.", list);
}

}  // namespace coprod
