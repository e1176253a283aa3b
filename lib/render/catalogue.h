// The rule catalogue as people read it: one rule for `coprod explain`, every
// rule for `coprod rules` (text, Markdown that is docs/rules.md, or JSON).
// Everything shown comes from the rules' own metadata, so it cannot drift.
#pragma once

#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "rules/framework.h"
#include "rules/rule.h"

namespace coprod {

enum class CatalogueFormat { text, markdown, json };

std::span<const std::string_view> catalogue_format_names();
std::optional<CatalogueFormat> parse_catalogue_format(std::string_view name);

// What a rule checks, why (its quote and slide), what meets it, an example.
void explain(const Rule& rule, std::ostream& out);

// Every rule of the frameworks given, framework by framework, grouped by
// checklist item in order; the shared integrity rules last.
void list_rules(std::span<const Framework* const> frameworks, CatalogueFormat format,
                std::ostream& out);

// The page of docs/ that holds a framework's rules: rules.md for
// board-assurance (and the integrity rules), rules-ID.md for each other.
std::string docs_page(const Framework& framework);

// The address of a rule's section in the published docs ("…/rules.md#who-paid"),
// or "" when coprod was built with no docs address (COPROD_DOCS_URL).
std::string help_uri(const Rule& rule);

// The message for a rule id no rule has: a suggestion when one is close, and
// where to find the list.
std::string unknown_rule(std::string_view id, std::span<const std::string_view> known);

// The same for a framework id: "there is no framework `legal`; did you mean
// `legal-duties`? The frameworks are …".
std::string unknown_framework(std::string_view id);

}  // namespace coprod
