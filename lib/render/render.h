// Renderers turn checked results into one output format each. A renderer is
// fed one result at a time, so a run over thousands of files streams.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "check/check.h"

namespace coprod {

// The formats `coprod check` writes, one line each. Adding one: this line,
// and its renderer's file (lib/render/NAME.cpp) defining make_NAME_renderer.
#define COPROD_CHECK_FORMATS(FORMAT) \
  FORMAT(text)                       \
  FORMAT(markdown)                   \
  FORMAT(json)                       \
  FORMAT(sarif)                      \
  FORMAT(junit)                      \
  FORMAT(github)

enum class Format {
#define COPROD_ENUMERATE(name) name,
  COPROD_CHECK_FORMATS(COPROD_ENUMERATE)
#undef COPROD_ENUMERATE
};

// "text", "markdown", …, in the order above.
std::span<const std::string_view> format_names();
std::optional<Format> parse_format(std::string_view name);

// The reserved rule id under which a document that is not a valid proposal is
// reported (SARIF, JUnit): it has no checklist item and no rule file.
inline constexpr std::string_view kInvalidDocumentRule = "invalid-document";

struct RenderOptions {
  bool color = false;                   // ANSI colour (text only)
  std::optional<Severity> fail_on = Severity::blocking;
  bool quiet = false;                   // show only findings that count at or above fail_on
  Date today = Date::today();           // the run's date (JUnit timestamps)
};

class Renderer {
 public:
  virtual ~Renderer() = default;
  virtual void begin(std::ostream&) {}
  virtual void proposal(const Result& result, std::ostream& out) = 0;
  virtual void end(const Summary& summary, std::ostream& out) = 0;
};

std::unique_ptr<Renderer> make_renderer(Format format, const RenderOptions& options);

// Each format's renderer, as its file defines it: make_text_renderer, ….
#define COPROD_DECLARE_RENDERER(name) \
  std::unique_ptr<Renderer> make_##name##_renderer(const RenderOptions& options);
COPROD_CHECK_FORMATS(COPROD_DECLARE_RENDERER)
#undef COPROD_DECLARE_RENDERER

// Whether a finding (or a configuration notice) is shown under these options.
bool shown(const Finding& finding, const RenderOptions& options);
bool shown(const Notice& notice, const RenderOptions& options);

// "file:12:7" or "file" when there is no position.
std::string located(std::string_view file, Location at);

// The run's summary: "2 proposals: 1 assured, 1 with conditions, 0 do not
// proceed; 0 blocking, 3 warnings, 1 advice, 0 waived".
std::string summary_line(const Summary& summary);

// One proposal's findings that count, by severity, then those waived:
// "2 blocking, 1 warning, 3 advice, 1 waived"; empty when there are none.
std::string result_counts(const Result& result);
// The same for one framework's part of it.
std::string result_counts(const FrameworkResult& result);

// Whether a result was checked against more than one framework: every
// output then shows each framework's verdict as well as the proposal's.
bool several_frameworks(const Result& result);

// A result's verdict in words: the deciding framework's (check.h label()).
// The verdict in its frameworks' words; an assured proposal judged at a
// proportionate level says so: "Assured — ready for board, at consultation-level
// involvement, judged proportionate".
std::string verdict_label(const Result& result);

// How many of the evidence files a proposal cites were read, and why the
// others were not: "3 of 5 evidence files read; 2 are web links, which are
// not fetched". Empty when it cites none.
std::string evidence_read(const Result& result);

// Where a finding is shown, once whatever the selection: under its rule's own
// item in its framework's part when that framework was checked; a rule every
// selection carries (the integrity rules, the absolutes of a framework not
// checked) under Integrity in the first framework's part. Both null for a
// document that is not valid.
struct Place {
  const FrameworkResult* framework = nullptr;
  const ItemInfo* item = nullptr;
};
Place place_of(const Rule& rule, const Result& result);

// The other selected frameworks' items a rule also serves (the crosswalk), as
// "legal-duties/consultation"; never changes a verdict.
std::vector<std::string> also(const Rule& rule, const Result& result);
// The same as every output writes it after a rule's id: " (also: a, b)", or empty.
std::string also_suffix(const std::vector<std::string>& also);

// A checklist item as a heading: "2. Who?", or the title alone for the item
// with no number (Integrity).
std::string item_heading(const ItemInfo& item);

// "1 warning", "3 warnings".
std::string count(std::size_t n, std::string_view singular, std::string_view plural);

}  // namespace coprod
