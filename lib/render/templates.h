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

// A template file is at most this large, and a regular file.
inline constexpr std::size_t kMaxTemplateBytes = std::size_t{16} << 20;

// Reads a template (or a file that goes with one, such as a Word template's
// styles): throws std::runtime_error naming it and why when it cannot be
// read, is not a regular file (a named pipe would block) or is larger than
// kMaxTemplateBytes.
Template read_template_file(const std::filesystem::path& file);

// Sections ({{#x}}, {{^x}}) nest at most this deep in a template.
inline constexpr std::size_t kMaxTemplateNesting = 100;

// What rendering one template may cost, in bytes of text and values written;
// a value looked up or an item of a list gone through counts as a few dozen
// (a list's items are counted with their section's whole text before it
// repeats). Sections
// nested over the same lists repeat as the product of their lengths (twelve
// deep over the nine checklist items is 9^12 times), so a bound on the work,
// not on the depth, is what keeps a template from running until killed. The
// built-in templates need a fraction of it for a proposal at the size limit.
inline constexpr std::size_t kMaxTemplateWork = std::size_t{256} << 20;

// Renders `tmpl` with `data`, escaping every {{value}} for `markup`. Throws
// std::runtime_error naming the file and line on a template error (sections
// nested deeper than kMaxTemplateNesting, or more work than kMaxTemplateWork,
// among them). Partials ({{> name}}) render nothing: coprod gives none, and a
// value from a proposal is never read as a template.
std::string render_template(const Template& tmpl, Markup markup, const kainjow::mustache::data& data);

// Appends `value` to the data list `list` by moving it. kainjow's data copies
// itself deeply, its push_back() copies, and its move is not noexcept, so a
// std::vector of it copies every element each time it grows: a report of
// many proposals, or the appendix of a large one, held its data several
// times over.
void append(kainjow::mustache::data& list, kainjow::mustache::data value);

// The same, for template text already read; `file` is only for messages.
// `max_work` is the bound above (smaller in tests and fuzzing).
std::string render_template_text(const std::string& text, const std::string& file, Markup markup,
                                 const kainjow::mustache::data& data,
                                 std::size_t max_work = kMaxTemplateWork);

}  // namespace coprod
