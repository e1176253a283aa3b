#include "render/templates.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include <fmt/format.h>

#include "core/suggest.h"
#include "core/escape.h"
#include "render/markdown_escape.h"

namespace coprod {
namespace fs = std::filesystem;

std::string_view extension(Markup markup) {
  switch (markup) {
    case Markup::markdown: return "md";
    case Markup::html: return "html";
    case Markup::docx: return "docx";
  }
  return "md";
}

namespace {

std::string suffix(Markup markup) { return fmt::format(".{}.mustache", extension(markup)); }

}  // namespace

std::vector<std::string> template_names(const std::vector<fs::path>& dirs, Markup markup) {
  const std::string end = suffix(markup);
  std::vector<std::string> names;
  for (const fs::path& dir : dirs) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      const std::string file = entry.path().filename().string();
      if (file.size() > end.size() && file.ends_with(end) && entry.is_regular_file(ec))
        names.push_back(file.substr(0, file.size() - end.size()));
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

fs::path find_template(std::string_view name_or_path, Markup markup, const std::vector<fs::path>& dirs,
                       std::string_view subfolder) {
  const fs::path given(name_or_path);
  std::error_code ec;
  if (name_or_path.find('/') != std::string_view::npos || name_or_path.ends_with(".mustache")) {
    if (!fs::is_regular_file(given, ec))
      throw std::runtime_error(fmt::format("there is no template file `{}`", name_or_path));
    return given;
  }
  for (const fs::path& dir : dirs) {
    const fs::path file = dir / subfolder / (std::string(name_or_path) + suffix(markup));
    if (fs::is_regular_file(file, ec)) return file;
  }

  std::vector<fs::path> searched;
  for (const fs::path& dir : dirs) searched.push_back(dir / subfolder);
  const std::vector<std::string> names = template_names(searched, markup);
  const std::vector<std::string_view> views(names.begin(), names.end());
  // "gripp2" is a prefix of "gripp2-sf", too far for spelling distance alone.
  std::string suggestion = did_you_mean(name_or_path, views);
  if (suggestion.empty()) {
    std::vector<std::string_view> prefixed;
    for (std::string_view name : views)
      if (!name_or_path.empty() && name.starts_with(name_or_path)) prefixed.push_back(name);
    if (prefixed.size() == 1) suggestion = fmt::format("; did you mean `{}`?", prefixed.front());
  }
  std::string message = fmt::format("there is no {} template called `{}`{}",
                                    markup == Markup::markdown ? "Markdown" : markup == Markup::html ? "HTML" : "Word", name_or_path, suggestion);
  message += suggestion.empty() ? ". " : " ";
  if (views.empty())
    message += "No templates were found; set COPROD_TEMPLATE_DIR to the folder that holds them";
  else
    message += fmt::format("The templates available are {}; or give the path of your own template file",
                           one_of(views));
  throw std::runtime_error(message);
}

namespace {

// kainjow reports a byte offset ("Unclosed tag at 120"); people count lines.
std::string located_error(const std::string& text, const std::string& file, const std::string& error) {
  std::size_t line = 0;
  const auto at = error.rfind(" at ");
  if (at != std::string::npos) {
    const std::string number = error.substr(at + 4);
    if (!number.empty() && number.find_first_not_of("0123456789") == std::string::npos) {
      const std::size_t offset = std::min<std::size_t>(std::stoull(number), text.size());
      line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
      return fmt::format("{}:{}: template error: {}", file, line, error.substr(0, at));
    }
  }
  return fmt::format("{}: template error: {}", file, error);
}

// Sections that render nothing leave blank lines behind; templates read
// better without the tags squeezed together, so the output is tidied instead:
// no leading blank lines, never more than one blank line in a row.
std::string tidy(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  std::size_t newlines = 2;  // as if after a blank line, so leading ones go
  for (char c : text) {
    if (c == '\n') {
      if (++newlines > 2) continue;
    } else {
      newlines = 0;
    }
    out += c;
  }
  return out;
}

}  // namespace

std::string render_template_text(const std::string& text, const std::string& file, Markup markup,
                                 const kainjow::mustache::data& data) {
  kainjow::mustache::mustache tmpl(text);
  if (!tmpl.is_valid()) throw std::runtime_error(located_error(text, file, tmpl.error_message()));
  switch (markup) {
    case Markup::html: tmpl.set_custom_escape([](const std::string& s) { return escape_html(s); }); break;
    case Markup::docx: tmpl.set_custom_escape([](const std::string& s) { return xml_text(s); }); break;
    case Markup::markdown: tmpl.set_custom_escape([](const std::string& s) { return escape_markdown(s); }); break;
  }
  const std::string out = tmpl.render(data);
  if (!tmpl.is_valid()) throw std::runtime_error(located_error(text, file, tmpl.error_message()));
  return tidy(out);
}

std::string render_template(const fs::path& file, Markup markup, const kainjow::mustache::data& data) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("cannot read the template `{}`", file.string()));
  std::ostringstream text;
  text << in.rdbuf();
  return render_template_text(text.str(), file.string(), markup, data);
}

}  // namespace coprod
