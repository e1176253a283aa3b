// The documented, versioned JSON report (CLI.md): {"coprod_report": 1, …}.
// See docs/json-report.md for every field.
#pragma once

#include <memory>

#include <nlohmann/json.hpp>

#include "render/render.h"

namespace coprod {

std::unique_ptr<Renderer> make_json_renderer(const RenderOptions& options);

// One proposal's object in the report, shared with other JSON-based formats.
nlohmann::ordered_json proposal_json(const Result& result, const RenderOptions& options);

}  // namespace coprod
