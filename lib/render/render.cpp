#include "render/render.h"

#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/suggest.h"
#include "rules/crosswalk.h"
#include "rules/registry.h"

namespace coprod {
namespace {
struct CheckFormat {
  Format format;
  std::unique_ptr<Renderer> (*make)(const RenderOptions& options);
};
#define COPROD_ENTRY(name) {Format::name, make_##name##_renderer},
constexpr CheckFormat kCheckFormats[] = {COPROD_CHECK_FORMATS(COPROD_ENTRY)};
#undef COPROD_ENTRY
#define COPROD_NAME(name) #name,
constexpr std::string_view kCheckFormatNames[] = {COPROD_CHECK_FORMATS(COPROD_NAME)};
#undef COPROD_NAME
}  // namespace

std::span<const std::string_view> format_names() { return kCheckFormatNames; }

std::optional<Format> parse_format(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kCheckFormatNames); ++i)
    if (kCheckFormatNames[i] == name) return kCheckFormats[i].format;
  return std::nullopt;
}

std::unique_ptr<Renderer> make_renderer(Format format, const RenderOptions& options) {
  for (const CheckFormat& f : kCheckFormats)
    if (f.format == format) return f.make(options);
  return make_text_renderer(options);
}

bool shown(const Finding& finding, const RenderOptions& options) {
  return !options.quiet || fails(finding, options.fail_on);
}

bool shown(const Notice& notice, const RenderOptions& options) {
  return !options.quiet || fails(notice, options.fail_on);
}

std::string located(std::string_view file, Location at) {
  if (!at.known()) return std::string(file);
  return fmt::format("{}:{}:{}", file, at.line, at.column);
}

std::string summary_line(const Summary& s) {
  std::string verdicts = fmt::format("{} assured, {} with conditions, {} do not proceed",
                                     s.assured, s.conditional, s.do_not_proceed);
  if (s.invalid > 0) verdicts += fmt::format(", {} not valid", s.invalid);
  return fmt::format("{}: {}; {} blocking, {}, {} advice, {} waived",
                     count(s.proposals, "proposal", "proposals"), verdicts, s.blocking,
                     count(s.warning, "warning", "warnings"), s.advice, s.waived);
}

namespace {
std::string counts_text(std::size_t blocking, std::size_t warning, std::size_t advice,
                        std::size_t waived) {
  std::vector<std::string> parts;
  if (blocking) parts.push_back(fmt::format("{} blocking", blocking));
  if (warning) parts.push_back(count(warning, "warning", "warnings"));
  if (advice) parts.push_back(fmt::format("{} advice", advice));
  if (waived) parts.push_back(fmt::format("{} waived", waived));
  return fmt::format("{}", fmt::join(parts, ", "));
}
}  // namespace

std::string result_counts(const Result& r) {
  return counts_text(r.blocking, r.warning, r.advice, r.waived);
}

std::string result_counts(const FrameworkResult& r) {
  return counts_text(r.blocking, r.warning, r.advice, r.waived);
}

bool several_frameworks(const Result& r) { return r.frameworks.size() > 1; }

std::string evidence_read(const Result& r) {
  const Result::Evidence& e = r.evidence;
  if (e.cited == 0 || !r.proposal) return {};
  if (!e.checked)
    return fmt::format("{} not read here", count(e.cited, "evidence file", "evidence files"));
  std::string out = fmt::format("{} of {} read", e.read, count(e.cited, "evidence file", "evidence files"));
  std::vector<std::string> why;
  if (e.web > 0)
    why.push_back(e.web == 1 ? "1 is a web link, which is not fetched"
                             : fmt::format("{} are web links, which are not fetched", e.web));
  if (e.missing > 0) why.push_back(fmt::format("{} cannot be found", e.missing));
  if (const std::size_t other = e.cited - e.read - e.web - e.missing; other > 0)
    why.push_back(fmt::format("{} could not be read", other));
  if (!why.empty()) out += "; " + join_words(why, "and");
  return out;
}

std::string verdict_label(const Result& r) {
  std::string words(label(r.verdict, r.frameworks));
  if (r.verdict == Verdict::assured && r.judged_at)
    words += fmt::format(", at {}-level involvement, judged proportionate", vocab::id(*r.judged_at));
  return words;
}

Place place_of(const Rule& rule, const Result& r) {
  if (r.frameworks.empty()) return {};
  for (const FrameworkResult& f : r.frameworks)
    if (const ItemInfo* item = f.item_of(rule); item != nullptr && item != &kIntegrity) return {&f, item};
  return {&r.frameworks.front(), &kIntegrity};
}

std::string also_suffix(const std::vector<std::string>& also) {
  return also.empty() ? std::string() : fmt::format(" (also: {})", fmt::join(also, ", "));
}

std::vector<std::string> also(const Rule& rule, const Result& r) {
  std::vector<const Framework*> selected;
  for (const FrameworkResult& f : r.frameworks) selected.push_back(f.framework);
  std::vector<std::string> out;
  for (const AlsoServes& a : also_serves(rule, selected))
    out.push_back(fmt::format("{}/{}", a.framework->id, a.item->id));
  return out;
}

std::string item_heading(const ItemInfo& item) {
  if (item.number == 0) return std::string(item.title);
  return fmt::format("{}. {}", item.number, item.title);
}

std::string count(std::size_t n, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

}  // namespace coprod
