// The default templates, compiled into coprod from templates/ at build time
// (cmake/embed_templates.cmake), so a lone copied binary renders every
// appendix and report. A file of the same name in a template folder
// (core/paths.h template_dirs()) takes their place.
#pragma once

#include <span>
#include <string_view>

namespace coprod {

struct BuiltinTemplate {
  std::string_view path;  // relative to templates/: "appendix.md.mustache", "report/portfolio.md.mustache"
  std::string_view text;
};

// Sorted by path.
std::span<const BuiltinTemplate> builtin_templates();

}  // namespace coprod
