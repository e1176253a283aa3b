// Finding and rendering the Mustache templates users may replace: the
// business-case appendix and the portfolio report. The folders searched, in
// order, are core/paths.h template_dirs(); after them come the templates
// compiled into coprod (render/builtin_templates.h).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

namespace coprod {

// docx: a Word document part (word/document.xml), XML-escaped.
enum class Markup { markdown, html, docx };

std::string_view extension(Markup markup);  // "md", "html", "docx"

// A template's text, and where it came from for messages: the file read, or
// `<built-in>/appendix.md.mustache` for one compiled into coprod.
struct Template {
  std::string file;
  std::string text;
};

// The template names for this markup ("appendix", "gripp2-sf") found in
// `dirs` under `subfolder`, and built in when `builtin`; sorted, without
// duplicates: files named NAME.<ext>.mustache.
std::vector<std::string> template_names(const std::vector<std::filesystem::path>& dirs,
                                        Markup markup, std::string_view subfolder = "",
                                        bool builtin = false);

// Reads the template `name_or_path`: a file when it contains a slash or ends
// in .mustache; otherwise the first NAME.<ext>.mustache in `dirs` under
// `subfolder`, else the built-in one. Throws std::runtime_error for an
// unknown name (suggesting the nearest and listing the available ones) and
// for a file that cannot be read (naming it and why).
Template find_template(std::string_view name_or_path, Markup markup,
                       const std::vector<std::filesystem::path>& dirs,
                       std::string_view subfolder = "");

// Sections ({{#x}}, {{^x}}) nest at most this deep in a template.
inline constexpr std::size_t kMaxTemplateNesting = 100;

// Renders `tmpl` with `data`, escaping every {{value}} for `markup`. Throws
// std::runtime_error naming the file and line on a template error (sections
// nested deeper than kMaxTemplateNesting among them).
std::string render_template(const Template& tmpl, Markup markup, const kainjow::mustache::data& data);

// The same, for template text already read; `file` is only for messages.
std::string render_template_text(const std::string& text, const std::string& file, Markup markup,
                                 const kainjow::mustache::data& data);

}  // namespace coprod
