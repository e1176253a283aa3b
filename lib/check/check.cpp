#include "check/check.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/glob.h"
#include "privacy/personal_data.h"
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

std::string_view label(Verdict verdict) {
  switch (verdict) {
    case Verdict::assured: return "Assured — ready for board";
    case Verdict::conditional: return "Proceed with conditions";
    case Verdict::do_not_proceed: return "Do not proceed";
    case Verdict::invalid: return "Not a valid proposal";
  }
  return "Not a valid proposal";
}

std::string status_label(const ItemResult& item) {
  if (item.waived == 0) return std::string(label(item.status));
  return fmt::format("{} ({} waived)", label(item.status), item.waived);
}

namespace {

void waive(std::string_view rule, const AppliedWaiver& waiver, std::vector<Finding>& findings) {
  for (Finding& f : findings) {
    if (f.waiver || f.not_applicable || f.rule->id != rule) continue;
    f.waiver = waiver;
  }
}

// The proposal's own waivers first, so a finding shows the waiver its team wrote.
void apply_waivers(const Proposal& p, const std::string& file, const CheckOptions& options,
                   std::vector<Finding>& findings) {
  for (const Waiver& w : items(p.waivers)) {
    if (!w.rule.given() || !w.expires.given() || *w.expires < options.today) continue;
    waive(*w.rule, AppliedWaiver{*w.reason, *w.approved_by, *w.expires, {}}, findings);
  }
  for (const FileWaiver& w : options.file_waivers) {
    if (w.waiver.expires < options.today) continue;
    const auto relative = path_within(file, w.folder);
    if (!relative) continue;
    for (const std::string& glob : w.files) {
      if (!glob_match(glob, *relative)) continue;
      waive(w.rule, w.waiver, findings);
      break;
    }
  }
}

Status status_of(Item item, const std::vector<Finding>& findings) {
  bool any = false, all_not_applicable = true, blocking = false, warning = false;
  for (const Finding& f : findings) {
    if (f.rule->item != item) continue;
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
    std::size_t rules = 0, said = 0;
    for (const Rule* rule : all_rules()) {
      if (rule->item != item) continue;
      ++rules;
      said += std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.rule == rule && f.not_applicable;
      });
    }
    if (rules == said) return Status::not_applicable;
  }
  return Status::met;
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

  const Terms terms(p);
  const RuleContext context{options.today, terms};
  for (const Rule* rule : all_rules()) {
    Severity severity = rule->severity;
    if (auto o = options.severity.find(rule->id); o != options.severity.end()) severity = o->second;
    Reporter reporter(*rule, severity, context, result.findings);
    rule->check(p, reporter);
  }
  if (options.apply_waivers) apply_waivers(p, result.file, options, result.findings);

  for (const ItemInfo& item : checklist_items()) {
    std::size_t waived = 0;
    for (const Finding& f : result.findings) waived += f.rule->item == item.item && f.waiver;
    result.items.push_back({item.item, status_of(item.item, result.findings), waived});
  }

  for (const Finding& f : result.findings) {
    if (f.not_applicable) ++result.not_applicable;
    else if (f.waiver) ++result.waived;
    else if (f.severity == Severity::blocking) ++result.blocking;
    else if (f.severity == Severity::warning) ++result.warning;
    else ++result.advice;
  }
  result.verdict = result.blocking > 0  ? Verdict::do_not_proceed
                   : result.warning > 0 ? Verdict::conditional
                                        : Verdict::assured;
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
  if (result.verdict == Verdict::invalid) return 2;
  for (const Finding& f : result.findings)
    if (fails(f, fail_on)) return 1;
  return 0;
}

int exit_status(std::span<const Notice> notices, std::optional<Severity> fail_on) {
  for (const Notice& n : notices)
    if (fails(n, fail_on)) return 1;
  return 0;
}

}  // namespace coprod
