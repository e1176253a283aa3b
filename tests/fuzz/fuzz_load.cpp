// libFuzzer target: whatever bytes arrive, loading, every rule of every
// framework and every renderer must finish without a crash, a hang or a
// sanitizer report.
// Formats come from format_names(), so a new renderer is fuzzed as soon as it
// is registered.

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "check/check.h"
#include "load/loader.h"
#include "privacy/personal_data.h"
#include "render/render.h"
#include "rules/registry.h"

namespace {

// Small limits keep each run fast: the fuzzer looks for crashes, not for
// the slowest file that still fits under the real limits.
coprod::LoadOptions fuzz_options() {
  coprod::LoadOptions options;
  options.max_bytes = 1 << 20;
  return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace coprod;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  // Redaction runs on any text an appendix quotes, not only on valid proposals.
  (void)redact(text);

  CheckOptions check_options;
  check_options.today = Date{2026, 6, 30};
  check_options.frameworks.assign(frameworks().begin(), frameworks().end());
  const Result result = check(load_text(text, "fuzz.yaml", ".", fuzz_options()), check_options);
  Summary summary;
  summary.add(result);
  for (const std::string_view name : format_names()) {
    const auto format = parse_format(name);
    if (!format) __builtin_trap();  // a listed format must parse
    for (const bool quiet : {false, true}) {
      RenderOptions render_options;
      render_options.quiet = quiet;
      render_options.color = !quiet;
      auto renderer = make_renderer(*format, render_options);
      std::ostringstream out;
      renderer->begin(out);
      renderer->proposal(result, out);
      renderer->end(summary, out);
    }
  }
  return 0;
}
