// Finding and rendering the Mustache templates users may replace: the
// business-case appendix and the portfolio report. The folders searched, in
// order, are core/paths.h template_dirs().
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

namespace coprod {

enum class Markup { markdown, html };

std::string_view extension(Markup markup);  // "md", "html"

// The template names found in `dirs` for this markup ("appendix", "gripp2-sf"),
// sorted, without duplicates: files named NAME.<ext>.mustache.
std::vector<std::string> template_names(const std::vector<std::filesystem::path>& dirs,
                                        Markup markup);

// `name_or_path` is a file when it contains a slash or ends in .mustache; otherwise
// the first NAME.<ext>.mustache in `dirs` under `subfolder`. Throws
// std::runtime_error for an unknown name, suggesting the nearest and listing
// the available ones.
std::filesystem::path find_template(std::string_view name_or_path, Markup markup,
                                    const std::vector<std::filesystem::path>& dirs,
                                    std::string_view subfolder = "");

// Sections ({{#x}}, {{^x}}) nest at most this deep in a template.
inline constexpr std::size_t kMaxTemplateNesting = 100;

// Renders the template in `file` with `data`, escaping every {{value}} for
// `markup`. Throws std::runtime_error naming the file and line on a template
// error (sections nested deeper than kMaxTemplateNesting among them), or when
// the file cannot be read.
std::string render_template(const std::filesystem::path& file, Markup markup,
                            const kainjow::mustache::data& data);

// The same, for template text already read; `file` is only for messages.
std::string render_template_text(const std::string& text, const std::string& file, Markup markup,
                                 const kainjow::mustache::data& data);

}  // namespace coprod
