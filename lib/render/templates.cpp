#include "render/templates.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include <fmt/format.h>

#include "core/escape.h"
#include "core/suggest.h"
#include "render/builtin_templates.h"
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

std::vector<std::string> template_names(const std::vector<fs::path>& dirs, Markup markup,
                                        std::string_view subfolder, bool builtin) {
  const std::string end = suffix(markup);
  std::vector<std::string> names;
  for (const fs::path& dir : dirs) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir / subfolder, ec)) {
      const std::string file = entry.path().filename().string();
      if (file.size() > end.size() && file.ends_with(end) && entry.is_regular_file(ec))
        names.push_back(file.substr(0, file.size() - end.size()));
    }
  }
  if (builtin) {
    const std::string prefix = subfolder.empty() ? "" : std::string(subfolder) + "/";
    for (const BuiltinTemplate& t : builtin_templates()) {
      if (!t.path.starts_with(prefix) || !t.path.ends_with(end)) continue;
      const std::string_view file = t.path.substr(prefix.size());
      if (file.find('/') == std::string_view::npos && file.size() > end.size())
        names.emplace_back(file.substr(0, file.size() - end.size()));
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

namespace {

// A template file that is there must be read: an override that cannot be
// read is an error, never a silent fall back to the built-in one.
Template read_template(const fs::path& file) {
  std::error_code ec;
  if (fs::is_directory(file, ec))
    throw std::runtime_error(fmt::format("cannot read the template `{}`: it is a folder", file.string()));
  errno = 0;
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in || in.bad()) {
    const int error = errno;
    throw std::runtime_error(fmt::format("cannot read the template `{}`: {}", file.string(),
                                         error != 0 ? std::strerror(error) : "read error"));
  }
  return {file.string(), text.str()};
}

std::string unknown_template(std::string_view name, Markup markup, const std::vector<fs::path>& dirs,
                             std::string_view subfolder) {
  const std::vector<std::string> names = template_names(dirs, markup, subfolder, true);
  const std::vector<std::string_view> views(names.begin(), names.end());
  // "gripp2" is a prefix of "gripp2-sf", too far for spelling distance alone.
  std::string suggestion = did_you_mean(name, views);
  if (suggestion.empty()) {
    std::vector<std::string_view> prefixed;
    for (std::string_view candidate : views)
      if (!name.empty() && candidate.starts_with(name)) prefixed.push_back(candidate);
    if (prefixed.size() == 1) suggestion = fmt::format("; did you mean `{}`?", prefixed.front());
  }
  std::string message = fmt::format("there is no {} template called `{}`{}",
                                    markup == Markup::markdown ? "Markdown" : markup == Markup::html ? "HTML" : "Word", name, suggestion);
  message += suggestion.empty() ? ". " : " ";
  message += fmt::format("The templates available are {}; or give the path of your own template file",
                         one_of(views));
  return message;
}

}  // namespace

Template find_template(std::string_view name_or_path, Markup markup, const std::vector<fs::path>& dirs,
                       std::string_view subfolder) {
  std::error_code ec;
  if (name_or_path.find('/') != std::string_view::npos || name_or_path.ends_with(".mustache")) {
    const fs::path given(name_or_path);
    if (!fs::exists(given, ec))
      throw std::runtime_error(fmt::format("there is no template file `{}`", name_or_path));
    return read_template(given);
  }
  const std::string file_name = std::string(name_or_path) + suffix(markup);
  for (const fs::path& dir : dirs) {
    const fs::path file = dir / subfolder / file_name;
    if (fs::exists(fs::symlink_status(file, ec))) return read_template(file);
  }
  const std::string builtin_path =
      subfolder.empty() ? file_name : fmt::format("{}/{}", subfolder, file_name);
  for (const BuiltinTemplate& t : builtin_templates())
    if (t.path == builtin_path) return {"<built-in>/" + builtin_path, std::string(t.text)};
  throw std::runtime_error(unknown_template(name_or_path, markup, dirs, subfolder));
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

std::size_t line_at(const std::string& text, std::size_t offset) {
  return 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
}

// kainjow's memory grows with the square of the section depth (4,000 levels
// took 166 MB), so the depth is checked first, in one pass over the tags,
// following `{{=<% %>=}}` delimiter changes as the engine does. No real
// template comes near the limit.
void check_nesting(const std::string& text, const std::string& file) {
  std::string open = "{{", close = "}}";
  std::size_t depth = 0;
  for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at)) {
    std::size_t start = at + open.size();
    const bool triple = open == "{{" && start < text.size() && text[start] == '{';
    const std::size_t end = text.find(triple ? "}" + close : close, start);
    if (end == std::string::npos) return;  // unclosed: the engine says where
    std::string_view tag(text.data() + start, end - start);
    while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
    if (!tag.empty() && (tag.front() == '#' || tag.front() == '^')) {
      if (++depth > kMaxTemplateNesting)
        throw std::runtime_error(fmt::format(
            "{}:{}: template error: sections are nested more than {} deep", file,
            line_at(text, at), kMaxTemplateNesting));
    } else if (!tag.empty() && tag.front() == '/') {
      if (depth > 0) --depth;
    } else if (tag.size() >= 2 && tag.front() == '=' && tag.back() == '=') {
      std::istringstream delimiters{std::string(tag.substr(1, tag.size() - 2))};
      std::string new_open, new_close;
      if (delimiters >> new_open >> new_close) {
        at = end + close.size();
        open = std::move(new_open);
        close = std::move(new_close);
        continue;
      }
    }
    at = end + close.size() + (triple ? 1 : 0);
  }
}

}  // namespace

std::string render_template_text(const std::string& text, const std::string& file, Markup markup,
                                 const kainjow::mustache::data& values) {
  check_nesting(text, file);
  kainjow::mustache::mustache tmpl(text);
  if (!tmpl.is_valid()) throw std::runtime_error(located_error(text, file, tmpl.error_message()));
  switch (markup) {
    case Markup::html: tmpl.set_custom_escape([](const std::string& s) { return escape_html(s); }); break;
    case Markup::docx: tmpl.set_custom_escape([](const std::string& s) { return xml_text(s); }); break;
    case Markup::markdown: tmpl.set_custom_escape([](const std::string& s) { return escape_markdown(s); }); break;
  }
  const std::string out = tmpl.render(values);
  if (!tmpl.is_valid()) throw std::runtime_error(located_error(text, file, tmpl.error_message()));
  return tidy(out);
}

std::string render_template(const Template& tmpl, Markup markup, const kainjow::mustache::data& values) {
  return render_template_text(tmpl.text, tmpl.file, markup, values);
}

}  // namespace coprod
