// A Markdown report to paste into a board paper or a pull request comment:
// per proposal the verdict, the checklist items with their status, and the
// findings under each item with what would meet it.
#pragma once

#include <memory>

#include "render/render.h"

namespace coprod {

std::unique_ptr<Renderer> make_markdown_renderer(const RenderOptions& options);

}  // namespace coprod
