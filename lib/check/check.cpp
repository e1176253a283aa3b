#include "check/check.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/glob.h"
#include "privacy/personal_data.h"
#include "rules/reading.h"
#include "rules/registry.h"

namespace coprod {

std::string_view id(Status status) {
  switch (status) {
    case Status::met: return "met";
    case Status::partly_met: return "partly-met";
    case Status::not_met: return "not-met";
    case Status::not_applicable: return "not-applicable";
  }
  return "met";
}

std::string_view label(Status status) {
  switch (status) {
    case Status::met: return "Met";
    case Status::partly_met: return "Partly met";
    case Status::not_met: return "Not met";
    case Status::not_applicable: return "Not applicable";
  }
  return "Met";
}

std::string_view id(Verdict verdict) {
  switch (verdict) {
    case Verdict::assured: return "assured";
    case Verdict::conditional: return "conditional";
    case Verdict::do_not_proceed: return "do-not-proceed";
    case Verdict::invalid: return "invalid";
  }
  return "invalid";
}

namespace {
constexpr std::string_view kInvalid = "Not a valid proposal";
}

std::string_view label(Verdict verdict, const Framework& framework) {
  switch (verdict) {
    case Verdict::assured: return framework.words.assured;
    case Verdict::conditional: return framework.words.conditional;
    case Verdict::do_not_proceed: return framework.words.do_not_proceed;
    case Verdict::invalid: break;
  }
  return kInvalid;
}

std::string_view label(Verdict verdict, std::span<const FrameworkResult> frameworks) {
  for (const FrameworkResult& f : frameworks)
    if (f.verdict == verdict) return label(verdict, *f.framework);
  return kInvalid;
}

const ItemInfo* FrameworkResult::item_of(const Rule& rule) const {
  if (std::find(framework->rules.begin(), framework->rules.end(), &rule) != framework->rules.end())
    return rule.item;
  return is_integrity(rule) || is_absolute(rule) ? &kIntegrity : nullptr;
}

std::string status_label(const ItemResult& item) {
  if (item.waived == 0) return std::string(label(item.status));
  return fmt::format("{} ({} waived)", label(item.status), item.waived);
}

namespace {

// A board absolute is never waived, however a waiver names it.
void waive(std::string_view rule, const AppliedWaiver& waiver, std::vector<Finding>& findings) {
  for (Finding& f : findings) {
    if (f.waiver || f.not_applicable || f.rule->id != rule || !waivable(*f.rule)) continue;
    f.waiver = waiver;
  }
}

// The proposal's own waivers first, so a finding shows the waiver its team wrote.
void apply_waivers(const Proposal& p, const std::string& file, const CheckOptions& options,
                   std::vector<Finding>& findings) {
  for (const Waiver& w : items(p.waivers)) {
    if (!w.rule.given() || !w.in_date(options.today)) continue;
    waive(*w.rule, AppliedWaiver::of(w), findings);
  }
  for (const FileWaiver& w : options.file_waivers) {
    if (!w.waiver.rule.given() || !w.waiver.in_date(options.today)) continue;
    const auto relative = path_within(file, w.folder);
    if (!relative) continue;
    for (const std::string& glob : w.files) {
      if (!glob_match(glob, *relative)) continue;
      waive(*w.waiver.rule, AppliedWaiver::of(w.waiver, w.config), findings);
      break;
    }
  }
}

// An item's status in a framework, from the findings of the rules that were
// run (`rules`) that count under it there.
Status status_of(const FrameworkResult& fr, const ItemInfo* item,
                 std::span<const Rule* const> rules, const std::vector<Finding>& findings) {
  bool any = false, all_not_applicable = true, blocking = false, warning = false;
  for (const Finding& f : findings) {
    if (fr.item_of(*f.rule) != item) continue;
    any = true;
    if (!f.not_applicable) all_not_applicable = false;
    if (!f.counts()) continue;
    blocking |= f.severity == Severity::blocking;
    warning |= f.severity == Severity::warning;
  }
  if (blocking) return Status::not_met;
  if (warning) return Status::partly_met;
  if (any && all_not_applicable) {
    // Not applicable only when every rule of the item said so.
    std::size_t of_item = 0, said = 0;
    for (const Rule* rule : rules) {
      if (fr.item_of(*rule) != item) continue;
      ++of_item;
      said += std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.rule == rule && f.not_applicable;
      });
    }
    if (of_item == said) return Status::not_applicable;
  }
  return Status::met;
}

ItemResult item_result(const FrameworkResult& fr, const ItemInfo* item,
                       std::span<const Rule* const> rules, const std::vector<Finding>& findings) {
  std::size_t waived = 0;
  for (const Finding& f : findings) waived += fr.item_of(*f.rule) == item && f.waiver;
  return {item, status_of(fr, item, rules, findings), waived};
}

// A framework's counts and verdict: from the findings of its own rules and
// the integrity rules.
void judge(FrameworkResult& fr, const std::vector<Finding>& findings) {
  for (const Finding& f : findings) {
    if (f.not_applicable || !fr.covers(*f.rule)) continue;
    if (f.waiver) ++fr.waived;
    else if (f.severity == Severity::blocking) ++fr.blocking;
    else if (f.severity == Severity::warning) ++fr.warning;
    else ++fr.advice;
  }
  fr.verdict = fr.blocking > 0  ? Verdict::do_not_proceed
               : fr.warning > 0 ? Verdict::conditional
                                : Verdict::assured;
}

// Everything a result says that an output may quote, as people will see it:
// messages quote values from the proposal (titles, paths, reasons, unknown
// keys), and file names are chosen by whoever wrote them, so personal data
// is masked and controls made visible here, once, for every format.
void make_presentable(Result& r, bool redact) {
  const auto clean = [&](std::string& text) { text = shown(text, redact); };
  r.file = shown(r.file, redact, Newlines::escape);
  for (Error& e : r.errors) clean(e.message);
  for (Finding& f : r.findings) {
    clean(f.message);
    clean(f.guidance);  // it may quote a value too: an evidence path, a link
    clean(f.path);
    if (f.waiver) {
      clean(f.waiver->reason);
      clean(f.waiver->approved_by);
      clean(f.waiver->config);
    }
  }
}

Result check_unpresented(Loaded loaded, const CheckOptions& options);

}  // namespace

const std::vector<ItemResult>& first_items(const std::vector<FrameworkResult>& frameworks) {
  static const std::vector<ItemResult> none;
  return frameworks.empty() ? none : frameworks.front().items;
}

Result check(Loaded loaded, const CheckOptions& options) {
  Result result = check_unpresented(std::move(loaded), options);
  make_presentable(result, options.redact);
  return result;
}

namespace {

Result check_unpresented(Loaded loaded, const CheckOptions& options) {
  Result result;
  result.file = std::move(loaded.file);
  result.errors = std::move(loaded.errors);
  if (!loaded.proposal) return result;
  result.proposal = std::move(loaded.proposal);
  const Proposal& p = *result.proposal;

  const Terms terms(p, options.today);
  ReadingOptions reading_options;
  reading_options.read_files = options.read_evidence;
  const Reading reading(p, terms, reading_options);
  const RuleContext context{p, options.today, terms, reading};
  std::vector<const Framework*> selected = options.frameworks;
  if (selected.empty()) selected.push_back(&default_framework());
  // The selected frameworks' rules, then the rules every selection carries.
  std::vector<const Rule*> rules;
  for (const Framework* framework : selected)
    rules.insert(rules.end(), framework->rules.begin(), framework->rules.end());
  const std::vector<const Rule*> carried = carried_rules(selected);
  rules.insert(rules.end(), carried.begin(), carried.end());
  for (const Rule* rule : rules) {
    // An absolute is blocking, whatever the configuration asks.
    Severity severity = rule->severity;
    if (auto o = options.severity.find(rule->id); o != options.severity.end())
      severity = o->second;
    if (is_absolute(*rule)) severity = Severity::blocking;
    Reporter reporter(*rule, severity, context, result.findings);
    // What a lower level of involvement, judged proportionate, does not need.
    if (const auto& judged = terms.judged();
        judged && vocab::rung(judged->level) < vocab::rung(rule->asked_from)) {
      reporter.not_applicable(*judged->at, judged->why);
      continue;
    }
    rule->check(p, reporter);
  }
  if (options.apply_waivers) apply_waivers(p, result.file, options, result.findings);

  for (const Framework* framework : selected) {
    FrameworkResult& fr = result.frameworks.emplace_back();
    fr.framework = framework;
    judge(fr, result.findings);
    for (const ItemInfo* item : checklist(*framework))
      fr.items.push_back(item_result(fr, item, rules, result.findings));
  }

  for (const Finding& f : result.findings) {
    if (f.not_applicable) ++result.not_applicable;
    else if (f.waiver) ++result.waived;
    else if (f.severity == Severity::blocking) ++result.blocking;
    else if (f.severity == Severity::warning) ++result.warning;
    else ++result.advice;
  }
  if (const auto& judged = terms.judged(); judged && !judged->urgent) result.judged_at = judged->level;
  result.evidence.checked = options.read_evidence;
  for (const EvidenceFile& f : reading.files()) {
    ++result.evidence.cited;
    result.evidence.read += f.read();
    result.evidence.web += f.status == evidence::Status::web;
    result.evidence.missing += f.status == evidence::Status::missing;
  }
  result.verdict = Verdict::assured;
  for (const FrameworkResult& fr : result.frameworks)
    result.verdict = std::max(result.verdict, fr.verdict);
  return result;
}

}  // namespace

void Summary::add(const Result& r) {
  ++proposals;
  switch (r.verdict) {
    case Verdict::assured: ++assured; break;
    case Verdict::conditional: ++conditional; break;
    case Verdict::do_not_proceed: ++do_not_proceed; break;
    case Verdict::invalid: ++invalid; break;
  }
  blocking += r.blocking;
  warning += r.warning;
  advice += r.advice;
  waived += r.waived;
}

bool fails(const Finding& f, std::optional<Severity> fail_on) {
  return f.counts() && fail_on && f.severity >= *fail_on;
}

bool fails(const Notice& n, std::optional<Severity> fail_on) {
  return fail_on && n.severity >= *fail_on;
}

int exit_status(const Result& result, std::optional<Severity> fail_on) {
  if (result.verdict == Verdict::invalid) return kExitError;
  for (const Finding& f : result.findings)
    if (fails(f, fail_on)) return kExitFindings;
  return kExitOk;
}

int exit_status(std::span<const Notice> notices, std::optional<Severity> fail_on) {
  for (const Notice& n : notices)
    if (fails(n, fail_on)) return kExitFindings;
  return kExitOk;
}

}  // namespace coprod
