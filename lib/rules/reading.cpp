#include "rules/reading.h"

#include <algorithm>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "core/ascii.h"
#include "core/suggest.h"
#include "load/schema.h"
#include "load/yaml_tree.h"
#include "rules/terms.h"

namespace coprod {
namespace {

// Letters and digits only, lower case, one space between words: what two
// writings of a sentence share however they are punctuated or quoted.
std::string normalised(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      if (space && !out.empty()) out += ' ';
      out += ascii::to_lower(c);
      space = false;
    } else {
      space = true;
    }
  }
  return out;
}

// The parts of a proposal that record what the statements would contradict,
// or say what a text means: not read for statements. Links and the contact
// are not prose.
bool recorded_elsewhere(std::string_view key) {
  constexpr std::string_view kSkipped[] = {"dissent",         "outcome_dissent", "prior_commitments",
                                           "reconciliations", "waivers",         "evidence",
                                           "link",            "information_link", "contact"};
  return std::find(std::begin(kSkipped), std::end(kSkipped), key) != std::end(kSkipped);
}

// Every text value of the document, as the format's table types it, with its
// document path; the team's own `x-` keys and what is recorded elsewhere left out.
template <class Visit>
void texts(const yaml::Node& node, const format::Shape& shape, const std::string& path,
           Visit&& visit) {
  switch (shape.kind) {
    case format::Kind::text:
      if (node.is_scalar() && !node.value.empty()) visit(node, path);
      return;
    case format::Kind::list:
      if (!node.is_sequence()) return;
      for (std::size_t i = 0; i < node.items.size(); ++i)
        texts(*node.items[i], *shape.item, fmt::format("{}[{}]", path, i), visit);
      return;
    case format::Kind::mapping:
      if (!node.is_mapping()) return;
      for (const format::Key& key : shape.keys) {
        if (recorded_elsewhere(key.name)) continue;
        const yaml::Node* value = node.find(key.name);
        if (value == nullptr) continue;
        texts(*value, *key.shape,
              path.empty() ? std::string(key.name) : fmt::format("{}.{}", path, key.name), visit);
      }
      return;
    default: return;
  }
}

// Whether the words before a statement's phrase say it of some members, not
// of the group: "Some said", "two parents felt", "one member asked", "a carer
// said". The clause the phrase is in decides: its first word.
bool of_individuals(const evidence::Statement& s) {
  const std::string sentence = ascii::to_lower(s.sentence);
  std::size_t at = sentence.find(ascii::to_lower(s.phrase));
  if (at == std::string::npos) at = sentence.size();
  std::string_view before = std::string_view(sentence).substr(0, at);
  // The clause: after the last ; or : before the phrase (a comma may sit
  // inside the subject: "Some, though not all, said").
  if (const auto cut = before.find_last_of(";:"); cut != std::string_view::npos)
    before.remove_prefix(cut + 1);
  while (!before.empty() && !ascii::is_alnum(before.front()))
    before.remove_prefix(1);
  const std::string_view first = before.substr(0, before.find_first_of(" ,"));
  constexpr std::string_view kSome[] = {"some",  "one",    "two",     "three", "four",
                                        "five",  "six",    "several", "few",   "a",
                                        "an",    "individual", "individuals", "another", "certain"};
  return std::find(std::begin(kSome), std::end(kSome), first) != std::end(kSome);
}

}  // namespace

Reading::Reading(const Proposal& p, const Terms& terms, const ReadingOptions& options) : p_(p) {
  read_text(p, terms);
  if (!options.read_files) return;
  std::size_t budget = options.max_total_bytes;
  std::set<std::string> seen;
  const auto cite = [&](const Text& link, const Activity* activity) {
    if (!link.given() || !seen.insert(*link).second) return;
    read_file(p, terms, link, *link, activity, budget, options);
  };
  for (const Activity& a : terms.activities()) cite(a.evidence, &a);
  if (p.outcomes.given())
    for (const Change& c : items(p.outcomes->changes)) cite(c.evidence, nullptr);
  if (p.evaluation.given()) cite(p.evaluation->evidence, nullptr);
}

void Reading::read_text(const Proposal& p, const Terms& terms) {
  if (p.source == nullptr) return;
  texts(p.source->root(), format::proposal_document(), "",
        [&](const yaml::Node& node, const std::string& path) {
          const evidence::Text text = evidence::text_of(node.value, p.file, node.at.line);
          const bool evaluation = path.starts_with("evaluation.");
          for (evidence::Statement& s : evidence::statements(text))
            add(std::move(s), node.at, path, nullptr, evaluation, terms);
        });
}

void Reading::read_file(const Proposal& p, const Terms& terms, const Located& cited,
                        const std::string& link, const Activity* activity, std::size_t& budget,
                        const ReadingOptions& options) {
  EvidenceFile file{link, evidence::Status::read, {}};
  if (budget == 0) {
    file.status = evidence::Status::too_large;
    file.problem = "the proposal's evidence together passes the limit coprod reads";
    files_.push_back(std::move(file));
    return;
  }
  evidence::Limits limits = options.limits;
  limits.max_text_bytes = std::min(limits.max_text_bytes, budget);
  const evidence::Text text = evidence::read(p.directory, link, limits);
  file.status = text.status;
  file.problem = text.problem;
  std::size_t size = 0;
  for (const evidence::Line& line : text.lines) size += line.text.size();
  budget -= std::min(budget, size);
  files_.push_back(std::move(file));
  if (!text.read()) return;
  for (evidence::Statement& s : evidence::statements(text))
    add(std::move(s), cited.at, p.path(cited), activity, false, terms);
}

void Reading::add(evidence::Statement statement, Location at, std::string path,
                  const Activity* activity, bool in_evaluation, const Terms& terms) {
  Found found{std::move(statement), at, std::move(path), activity, in_evaluation, {}, false};
  const std::string sentence = normalised(found.statement.sentence);
  for (const Group& g : terms.groups()) {
    if (!g.name.given()) continue;
    std::string name = normalised(*g.name);
    if (name.starts_with("the ")) name.erase(0, 4);
    if (name.size() >= 4 && sentence.find(name) != std::string::npos) found.groups.push_back(&g);
  }
  if (found.groups.empty() && activity != nullptr)
    for (const Text& id : items(activity->groups))
      if (const Group* g = id.given() ? terms.group(*id) : nullptr; g && Terms::community_voice(*g))
        found.groups.push_back(g);
  found.individuals = of_individuals(found.statement);
  found_.push_back(std::move(found));
}

std::size_t Reading::files_read() const {
  return std::size_t(std::count_if(files_.begin(), files_.end(),
                                   [](const EvidenceFile& f) { return f.read(); }));
}

std::vector<const Found*> Reading::of(evidence::Kind kind) const {
  std::vector<const Found*> out;
  for (const Found& f : found_)
    if (f.statement.kind == kind) out.push_back(&f);
  return out;
}

const Reconciliation* Reading::reconciliation(const Found& found) const {
  const std::string sentence = normalised(found.statement.sentence);
  for (const Reconciliation& r : items(p_.reconciliations)) {
    if (!r.says.given()) continue;
    const std::string says = normalised(*r.says);
    // Enough words to be that sentence, not any sentence.
    if (says.size() >= 12 && sentence.find(says) != std::string::npos) return &r;
  }
  return nullptr;
}

namespace {

// The first five letters of each word of five letters or more, but for
// words any sentence may hold.
std::set<std::string> stems(std::string_view text) {
  static constexpr std::string_view kCommon[] = {"about", "after", "again", "their", "there",
                                                 "these", "those", "which", "while", "would",
                                                 "could", "should", "being", "where", "people",
                                                 "members", "said", "session", "sessions"};
  std::set<std::string> out;
  const std::string words = normalised(text);
  std::size_t i = 0;
  while (i < words.size()) {
    std::size_t end = words.find(' ', i);
    if (end == std::string::npos) end = words.size();
    const std::string_view word = std::string_view(words).substr(i, end - i);
    if (word.size() >= 5 &&
        std::find(std::begin(kCommon), std::end(kCommon), word) == std::end(kCommon))
      out.emplace(word.substr(0, 5));
    i = end + 1;
  }
  return out;
}

}  // namespace

bool Reading::echoed(const Found& found, std::string_view text) {
  const std::set<std::string> in_text = stems(text);
  const std::set<std::string> phrase = stems(found.statement.phrase);
  for (const std::string& s : phrase)
    if (in_text.contains(s)) return true;
  std::size_t shared = 0;
  for (const std::string& s : stems(found.statement.sentence))
    if (!phrase.contains(s) && in_text.contains(s)) ++shared;
  return shared >= 2;
}

std::optional<AppliedWaiver> Reading::agreed(const Found& found) const {
  const Reconciliation* r = reconciliation(found);
  if (r == nullptr || !r->approved_by.given()) return std::nullopt;
  return AppliedWaiver{*r->means, *r->approved_by, {}, {}, true};
}

std::string Reading::found_in(const Found& found) {
  return found.activity != nullptr ? fmt::format("the evidence of {}", named(*found.activity))
                                   : std::string("the proposal's own text");
}

std::string Reading::who(const Found& found) {
  if (found.groups.empty()) return "a group";
  std::vector<std::string> names;
  for (const Group* g : found.groups) names.push_back(fmt::format("\"{}\"", *g->name));
  return fmt::format("{} {}", found.groups.size() == 1 ? "the group" : "the groups",
                     join_words(names, "and"));
}

}  // namespace coprod
