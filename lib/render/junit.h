// JUnit XML, as GitLab, Jenkins and Azure DevOps show test reports: one
// testsuite per proposal, one testcase per rule. See docs/ci.md.
#pragma once

#include <memory>

#include "render/render.h"

namespace coprod {

std::unique_ptr<Renderer> make_junit_renderer(const RenderOptions& options);

}  // namespace coprod
