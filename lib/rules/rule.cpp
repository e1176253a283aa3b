#include "rules/rule.h"

#include <fmt/format.h>

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

std::string_view Finding::advice_text() const {
  return guidance.empty() ? rule->meets : std::string_view(guidance);
}

void Reporter::report(const Located& where, std::string message, std::string guidance) {
  out_.push_back({&rule_, severity_, where.at, path(where), std::move(message),
                  std::move(guidance), false, std::nullopt});
}

void Reporter::report_text(Location at, std::string path, std::string message,
                           std::string guidance, std::optional<AppliedWaiver> reconciled) {
  out_.push_back({&rule_, severity_, at, std::move(path), std::move(message), std::move(guidance),
                  false, std::move(reconciled)});
}

bool Reporter::not_applicable(std::initializer_list<Need> needs) {
  for (const Need& need : needs) {
    if (!need.not_applicable) continue;
    not_applicable(need.where, std::string(need.reason));
    return true;
  }
  return false;
}

void Reporter::not_applicable(const Located& where, std::string reason) {
  out_.push_back({&rule_, severity_, where.at, path(where), std::move(reason), {}, true,
                  std::nullopt});
}

void Reporter::not_given(const Located& field, std::string_view what) {
  not_applicable(field, fmt::format("the proposal gives no {} ({})", what, path(field)));
}

}  // namespace coprod
