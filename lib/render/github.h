// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`),
// which GitHub shows as annotations on the pull request's changed files.
#pragma once

#include <memory>

#include "render/render.h"

namespace coprod {

std::unique_ptr<Renderer> make_github_renderer(const RenderOptions& options);

}  // namespace coprod
