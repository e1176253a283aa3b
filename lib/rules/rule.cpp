#include "rules/rule.h"

namespace coprod {

std::string_view name(Severity severity) {
  switch (severity) {
    case Severity::blocking: return "blocking";
    case Severity::warning: return "warning";
    case Severity::advice: return "advice";
  }
  return "advice";
}

std::optional<Severity> parse_severity(std::string_view text) {
  if (text == "blocking") return Severity::blocking;
  if (text == "warning") return Severity::warning;
  if (text == "advice") return Severity::advice;
  return std::nullopt;
}

namespace {
constexpr ItemInfo kItems[] = {
    {Item::activities, "activities", 1, "Co-production activities, before and after redesign"},
    {Item::who, "who", 2, "Who?"},
    {Item::how, "how", 3, "How?"},
    {Item::outcomes, "outcomes", 4, "Outcomes?"},
    {Item::questions, "questions", 5, "New unexpected questions to explore?"},
    {Item::continuation, "continuation", 6,
     "How will co-production continue in implementation and evaluation?"},
    {Item::evaluation, "evaluation", 7, "Evaluation of the co-production process"},
    {Item::assurance, "assurance", 8, "Assurance"},
    {Item::integrity, "integrity", 0, "Integrity"},
};
}  // namespace

std::span<const ItemInfo> checklist_items() { return kItems; }

const ItemInfo& info(Item item) { return kItems[static_cast<std::size_t>(item)]; }

std::string_view Finding::advice_text() const {
  return guidance.empty() ? rule->meets : std::string_view(guidance);
}

void Reporter::report(Location at, std::string path, std::string message, std::string guidance) {
  out_.push_back({&rule_, severity_, at, std::move(path), std::move(message), std::move(guidance),
                  false, std::nullopt});
}

bool Reporter::not_applicable(std::initializer_list<Need> needs) {
  for (const Need& need : needs) {
    if (!need.not_applicable) continue;
    out_.push_back({&rule_, severity_, need.at, std::string(need.path), std::string(need.reason),
                    {}, true, std::nullopt});
    return true;
  }
  return false;
}

}  // namespace coprod
