#include "render/templates.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

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
// read is an error, never a silent fall back to the built-in one. Only a
// regular file is a template: a named pipe with no writer would block for
// ever, a device never end.
Template read_template(const fs::path& file) {
  const auto refuse = [&](std::string_view why) {
    return std::runtime_error(fmt::format("cannot read the template `{}`: {}", file.string(), why));
  };
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) throw refuse(std::strerror(errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) throw refuse(std::strerror(errno));
  if (S_ISDIR(info.st_mode)) throw refuse("it is a folder");
  if (!S_ISREG(info.st_mode)) throw refuse("it is not a regular file (a named pipe or a device)");
  if (static_cast<std::uintmax_t>(info.st_size) > kMaxTemplateBytes)
    throw refuse(fmt::format("it is {} bytes, more than the {} MB a template may be",
                             static_cast<std::uintmax_t>(info.st_size), kMaxTemplateBytes >> 20));
  std::string text(static_cast<std::size_t>(info.st_size), '\0');
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t got = ::read(fd, text.data() + done, text.size() - done);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw refuse(std::strerror(errno));
    if (got == 0) break;
    done += static_cast<std::size_t>(got);
  }
  text.resize(done);
  return {file.string(), std::move(text)};
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

Template read_template_file(const fs::path& file) { return read_template(file); }

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
// no leading blank lines, never more than one blank line in a row (in place:
// the output may be large).
void tidy(std::string& text) {
  std::size_t kept = 0;
  std::size_t newlines = 2;  // as if after a blank line, so leading ones go
  for (const char c : text) {
    if (c == '\n') {
      if (++newlines > 2) continue;
    } else {
      newlines = 0;
    }
    text[kept++] = c;
  }
  text.resize(kept);
}

// Each section's name, the most text any section of that name holds (its
// body, nested sections included) and the line where it first opens: what
// repeating it may cost, and where to point when that is too much.
struct TemplateSection {
  std::size_t body = 0;
  std::size_t line = 0;
};
using Sections = std::unordered_map<std::string, TemplateSection>;

std::string_view tag_name(std::string_view tag) {
  while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
  while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) tag.remove_suffix(1);
  return tag;
}

// kainjow's memory grows with the square of the section depth (4,000 levels
// took 166 MB), so the depth is checked first, in one pass over the tags,
// following `{{=<% %>=}}` delimiter changes as the engine does; the same pass
// measures the sections. No real template comes near the limit.
Sections scan_sections(const std::string& text, const std::string& file) {
  std::string open = "{{", close = "}}";
  Sections sections;
  std::vector<std::pair<std::string, std::size_t>> stack;  // name, where its body starts
  std::size_t line = 1, counted = 0;  // the line at `counted`, moving on with the tags
  const auto line_of = [&](std::size_t offset) {
    line += static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(counted),
                                                text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    counted = offset;
    return line;
  };
  for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at)) {
    std::size_t start = at + open.size();
    const bool triple = open == "{{" && start < text.size() && text[start] == '{';
    const std::size_t end = text.find(triple ? "}" + close : close, start);
    if (end == std::string::npos) break;  // unclosed: the engine says where
    const std::string_view tag = tag_name(std::string_view(text.data() + start, end - start));
    const std::size_t after = end + close.size() + (triple ? 1 : 0);
    if (!tag.empty() && (tag.front() == '#' || tag.front() == '^')) {
      if (stack.size() >= kMaxTemplateNesting)
        throw std::runtime_error(fmt::format(
            "{}:{}: template error: sections are nested more than {} deep", file,
            line_of(at), kMaxTemplateNesting));
      const std::string name(tag_name(tag.substr(1)));
      if (!sections.contains(name)) sections[name].line = line_of(at);
      stack.emplace_back(name, after);
    } else if (!tag.empty() && tag.front() == '/') {
      if (!stack.empty()) {
        TemplateSection& section = sections[stack.back().first];
        section.body = std::max(section.body, at - std::min(at, stack.back().second));
        stack.pop_back();
      }
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
    at = after;
  }
  return sections;
}

// The engine's own context, counting the work as the engine asks for each
// value: a section's value is looked up before the section is rendered, so
// what its repeats will cost is known, and refused, before they are made.
// A lookup, or a list item gone through, costs about as much time as writing
// this many bytes.
constexpr std::size_t kItemWork = 64;

class BoundedContext : public kainjow::mustache::context<std::string> {
 public:
  using Data = kainjow::mustache::data;
  BoundedContext(const Data* root, const Sections& sections, const std::string& file, std::size_t max_work)
      : context(root), sections_(sections), file_(file), max_work_(max_work) {}

  const Data* get(const std::string& name) const override {
    const Data* value = context::get(name);
    charge(name, value);
    return value;
  }
  const Data* get_partial(const std::string&) const override { return nullptr; }

 private:
  void charge(const std::string& name, const Data* value) const {
    const auto section = sections_.find(name);
    const std::size_t body = section == sections_.end() ? 0 : section->second.body;
    std::size_t cost = kItemWork + body;
    if (value != nullptr && value->is_string()) cost += value->string_value().size();
    if (value != nullptr && value->is_non_empty_list()) cost = value->list_value().size() * (kItemWork + body);
    work_ += std::min(cost, max_work_ + 1);
    if (work_ <= max_work_) return;
    const std::string where = section == sections_.end()
                                  ? fmt::format("{}: template error: ", file_)
                                  : fmt::format("{}:{}: template error: ", file_, section->second.line);
    throw std::runtime_error(fmt::format(
        "{}it would write more than {} MB at `{}`: sections nested over lists repeat as "
        "often as the product of the lists' lengths",
        where, max_work_ >> 20, name));
  }

  const Sections& sections_;
  const std::string& file_;
  std::size_t max_work_;
  mutable std::size_t work_ = 0;
};

// What the engine writes goes straight into one string: no stream, and no
// copy of it at the end.
struct StringSink {
  std::string text;
  StringSink& operator<<(const std::string& part) {
    text += part;
    return *this;
  }
};

}  // namespace

std::string render_template_text(const std::string& text, const std::string& file, Markup markup,
                                 const kainjow::mustache::data& values, std::size_t max_work) {
  const Sections sections = scan_sections(text, file);
  kainjow::mustache::mustache tmpl(text);
  if (!tmpl.is_valid()) throw std::runtime_error(located_error(text, file, tmpl.error_message()));
  switch (markup) {
    case Markup::html: tmpl.set_custom_escape([](const std::string& s) { return escape_html(s); }); break;
    case Markup::docx: tmpl.set_custom_escape([](const std::string& s) { return xml_text(s); }); break;
    case Markup::markdown: tmpl.set_custom_escape([](const std::string& s) { return escape_markdown(s); }); break;
  }
  BoundedContext context(&values, sections, file, max_work);
  StringSink out;
  tmpl.render(context, out);
  if (!tmpl.is_valid()) throw std::runtime_error(located_error(text, file, tmpl.error_message()));
  tidy(out.text);
  return std::move(out.text);
}

void append(kainjow::mustache::data& list, kainjow::mustache::data value) {
  // The list is the engine's own std::vector, handed out only as const.
  auto& items = const_cast<kainjow::mustache::list&>(list.list_value());
  if (items.size() == items.capacity()) {
    kainjow::mustache::list grown;
    grown.reserve(std::max<std::size_t>(8, 2 * items.size()));
    for (kainjow::mustache::data& item : items) grown.push_back(std::move(item));
    items.swap(grown);
  }
  items.push_back(std::move(value));
}

std::string render_template(const Template& tmpl, Markup markup, const kainjow::mustache::data& values) {
  return render_template_text(tmpl.text, tmpl.file, markup, values);
}

}  // namespace coprod
