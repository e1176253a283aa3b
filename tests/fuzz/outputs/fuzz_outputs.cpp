// libFuzzer target for what a board reads: whatever bytes arrive, the
// appendix (every built-in template, Markdown and HTML, redacted or not), the
// portfolio report (JSON, Markdown, HTML), the bytes themselves as a template,
// and the ladder chart drawn from dates the bytes spell must all finish
// without a crash, a hang or a sanitizer report.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "check/check.h"
#include "load/loader.h"
#include "render/appendix.h"
#include "render/ladder_svg.h"
#include "render/portfolio.h"
#include "render/templates.h"

namespace {

using namespace coprod;

struct FuzzTemplate {
  std::string name;
  std::string text;
  Markup markup;
};

std::string read(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Read once: the fuzzer runs the target many thousand times a second.
const std::vector<FuzzTemplate>& templates() {
  static const std::vector<FuzzTemplate> all = [] {
    const std::filesystem::path dir = COPROD_SOURCE_TEMPLATES;
    std::vector<FuzzTemplate> list;
    for (const char* name : {"appendix", "gripp2-sf", "report/portfolio"})
      for (const Markup markup : {Markup::markdown, Markup::html}) {
        const std::string file = std::string(name) + "." + std::string(extension(markup)) + ".mustache";
        list.push_back({file, read(dir / file), markup});
        if (list.back().text.empty()) __builtin_trap();  // the templates must be found
      }
    return list;
  }();
  return all;
}

void render(const std::string& text, const std::string& name, Markup markup,
            const kainjow::mustache::data& data) {
  try {
    // A smaller bound on the work than coprod's, so that an input that
    // reaches it is refused within the fuzzer's time limit.
    (void)render_template_text(text, name, markup, data, std::size_t{16} << 20);
  } catch (const std::runtime_error&) {
    // A located template error is the right answer to a broken template.
  }
}

// Dates and rungs from the bytes, in any year a YAML file could spell, so the
// chart is tried far outside the dates the loader accepts.
std::vector<LadderPoint> points_from(std::string_view bytes) {
  std::vector<LadderPoint> points;
  for (std::size_t i = 0; i + 5 <= bytes.size() && points.size() < 64; i += 5) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(bytes[i + k]); };
    LadderPoint p;
    p.number = static_cast<int>(points.size() + 1);
    p.title = "activity";
    p.date = {1 + (byte(0) << 8 | byte(1)) % 9999, 1 + byte(2) % 12, 1 + byte(3) % 28};
    p.rung = byte(4) % 8 - 1;  // -1 and 7 are out of range on purpose
    p.before_redesign = byte(4) & 1;
    points.push_back(std::move(p));
  }
  return points;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);

  CheckOptions check_options;
  check_options.today = Date{2026, 6, 30};
  LoadOptions load_options;
  load_options.max_bytes = 1 << 20;
  const Result result = check(load_text(text, "fuzz.yaml", ".", load_options), check_options);

  Portfolio portfolio;
  portfolio.add(result);
  portfolio.add(result);  // two rows, so totals and "most unmet" have work
  (void)portfolio.json().dump(2);
  const kainjow::mustache::data report = portfolio.template_data();

  for (const FuzzTemplate& t : templates()) {
    if (t.name.starts_with("report/")) {
      render(t.text, t.name, t.markup, report);
      continue;
    }
    if (!result.proposal) continue;
    for (const bool redact : {true, false}) {
      AppendixOptions options;
      options.redact = redact;
      options.ladder_svg = t.markup == Markup::html;
      render(t.text, t.name, t.markup, appendix_data(result, options));
    }
  }

  // The bytes as a template, against both kinds of data.
  render(text, "fuzz.mustache", Markup::markdown, report);
  if (result.proposal) render(text, "fuzz.mustache", Markup::html, appendix_data(result));

  const std::vector<LadderPoint> points = points_from(text);
  std::optional<Date> board;
  if (!points.empty()) board = points.back().date;
  (void)ladder_svg(points, board);
  return 0;
}
