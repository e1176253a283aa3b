// SARIF 2.1.0 (OASIS), as GitHub code scanning and other CI dashboards read
// it. See docs/ci.md for what goes where.
#pragma once

#include <memory>

#include "render/render.h"

namespace coprod {

std::unique_ptr<Renderer> make_sarif_renderer(const RenderOptions& options);

}  // namespace coprod
