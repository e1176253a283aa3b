// The documented, versioned JSON report (docs/json-report.md): {"coprod_report": 1, …}.
// See docs/json-report.md for every field.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "render/render.h"

namespace coprod {

// The run's counts, as the JSON report and the SARIF log's properties give them.
nlohmann::ordered_json summary_json(const Summary& summary);

// Writes dumped JSON `text` with every line after the first indented by
// `indent`, so that an object lines up inside an envelope written around it.
// JSON and SARIF output stream that way: the envelope is written at the start
// and the end, each proposal's part as it comes, and no report is held whole.
void write_indented(std::ostream& out, const std::string& text, std::string_view indent);

}  // namespace coprod
