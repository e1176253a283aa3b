#include "help.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "core/suggest.h"

namespace coprod::cli {
namespace {

constexpr std::size_t kWidth = 80;

// `text` wrapped at kWidth, every line after the first indented by `indent`;
// the line breaks it has are kept.
std::string wrap(std::string_view text, std::size_t indent, std::size_t first_column) {
  std::string out;
  std::size_t column = first_column;
  bool line_start = true;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t end = std::min(text.find_first_of(" \n", pos), text.size());
    const std::string_view word = text.substr(pos, end - pos);
    if (!word.empty()) {
      if (!line_start && column + 1 + word.size() > kWidth) {
        out += '\n' + std::string(indent, ' ');
        column = indent;
        line_start = true;
      }
      if (!line_start) {
        out += ' ';
        ++column;
      }
      out += word;
      column += word.size();
      line_start = false;
    }
    if (end < text.size() && text[end] == '\n') {
      out += '\n' + std::string(indent, ' ');
      column = indent;
      line_start = true;
    }
    pos = end + 1;
  }
  return out;
}

}  // namespace

std::string help_row(const std::string& left, std::string_view description, std::size_t from) {
  std::string out = "  " + left;
  std::size_t column = out.size();
  if (column + 2 > from) {
    out += '\n';
    column = 0;
  }
  out += std::string(from - column, ' ');
  return out + wrap(description, from, from) + '\n';
}

namespace {

std::string left_column(const OptionInfo& o) {
  std::string names;
  for (const std::string& name : o.names) names += (names.empty() ? "" : ", ") + name;
  if (o.positional) return names + (o.repeatable ? "..." : "");
  return o.placeholder.empty() ? names : names + ' ' + o.placeholder;
}

// "coprod check [OPTIONS] FILE|DIR|-..."
std::string usage(const CLI::App& app, const std::string& name) {
  std::string out = name;
  const std::vector<OptionInfo> options = options_of(app);
  if (std::any_of(options.begin(), options.end(), [](const OptionInfo& o) { return !o.positional; }))
    out += " [OPTIONS]";
  if (!commands_of(app).empty()) out += " COMMAND";
  for (const OptionInfo& o : options) {
    if (!o.positional) continue;
    const std::string shown = left_column(o);
    out += ' ' + (o.required ? shown : '[' + shown + ']');
  }
  return out;
}

class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode) const override {
    std::string out = wrap(app->get_description(), 0, 0) + "\n\n";
    out += "Usage: " + usage(*app, name.empty() ? app->get_name() : name) + '\n';
    const std::vector<OptionInfo> options = options_of(*app);
    for (const bool positional : {true, false}) {
      std::string rows;
      for (const OptionInfo& o : options)
        if (o.positional == positional) rows += help_row(left_column(o), o.description);
      if (!rows.empty()) out += fmt::format("\n{}:\n{}", positional ? "Arguments" : "Options", rows);
    }
    const std::vector<const CLI::App*> commands = commands_of(*app);
    if (!commands.empty()) {
      out += "\nCommands:\n";
      for (const CLI::App* command : commands) out += help_row(command->get_name(), command->get_description());
    }
    std::string footer = app->get_footer();
    while (footer.ends_with('\n')) footer.pop_back();
    if (!footer.empty()) out += '\n' + footer + '\n';
    return out;
  }
};

// CLI11 appends each validator's description to the type name
// ("FORMAT:{text,markdown}", "SIZE:SIZE [b, kb(=1024b), ...]"): the
// placeholder is what comes before, and a list in braces is the choices.
void read_type_name(const CLI::Option& opt, OptionInfo& info) {
  const std::string full = opt.get_type_name();
  std::size_t pos = full.find(':');
  info.placeholder = full.substr(0, pos);
  while (pos != std::string::npos) {
    const std::size_t next = full.find(':', pos + 1);
    const std::string part = full.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
    if (part.size() > 2 && part.front() == '{' && part.back() == '}') {
      std::stringstream values(part.substr(1, part.size() - 2));
      for (std::string value; std::getline(values, value, ',');) info.choices.push_back(value);
    }
    pos = next;
  }
}

}  // namespace

std::shared_ptr<CLI::Formatter> help_formatter() { return std::make_shared<HelpFormatter>(); }

std::vector<OptionInfo> options_of(const CLI::App& app) {
  std::vector<OptionInfo> positionals, others;
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_group().empty()) continue;  // hidden
    OptionInfo info;
    info.positional = !opt->nonpositional();
    info.required = opt->get_required();
    info.repeatable = opt->get_expected_max() >= CLI::detail::expected_max_vector_size;
    if (opt->get_type_size() != 0) read_type_name(*opt, info);
    if (info.positional) {
      info.names.push_back(info.placeholder);
    } else {
      for (const std::string& s : opt->get_snames()) info.names.push_back("-" + s);
      for (const std::string& l : opt->get_lnames()) info.names.push_back("--" + l);
    }
    info.description = opt->get_description();
    if (opt->get_type_size() != 0) info.default_value = opt->get_default_str();
    std::vector<std::string> notes;
    // Choices the description names already are not listed again.
    if (std::any_of(info.choices.begin(), info.choices.end(), [&](const std::string& choice) {
          return info.description.find(choice) == std::string::npos;
        }))
      notes.push_back(join_words(info.choices, "or"));
    if (!info.default_value.empty() && info.description.find("default") == std::string::npos)
      notes.push_back("default: " + info.default_value);
    if (!notes.empty()) {
      std::string joined;
      for (const std::string& note : notes) joined += (joined.empty() ? "" : "; ") + note;
      info.description += " (" + joined + ")";
    }
    (info.positional ? positionals : others).push_back(std::move(info));
  }
  positionals.insert(positionals.end(), others.begin(), others.end());
  return positionals;
}

std::vector<const CLI::App*> commands_of(const CLI::App& app) {
  std::vector<const CLI::App*> out;
  for (const CLI::App* sub : app.get_subcommands({}))
    if (!sub->get_group().empty() && !sub->get_name().empty()) out.push_back(sub);
  return out;
}

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> out;
  for (const CLI::App* sub : commands_of(app)) out.push_back(sub->get_name());
  return out;
}

namespace {

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> out;
  for (const OptionInfo& o : options_of(app))
    if (!o.positional) out.insert(out.end(), o.names.begin(), o.names.end());
  return out;
}

std::string suggestion(std::string_view word, const std::vector<std::string>& known) {
  const std::vector<std::string_view> views(known.begin(), known.end());
  return did_you_mean(word, views);
}

}  // namespace

std::optional<std::string> unknown_command(const CLI::App& app, int argc, const char* const* argv) {
  if (argc < 2) return "give a command, such as `coprod check proposal.yaml`; `coprod help` lists them";
  const std::string arg = argv[1];
  if (arg.starts_with("-")) {
    const std::string name = arg.substr(0, arg.find('='));
    const std::vector<std::string> known = option_names(app);
    if (std::find(known.begin(), known.end(), name) != known.end()) return std::nullopt;
    for (const CLI::App* command : commands_of(app)) {
      const std::vector<std::string> theirs = option_names(*command);
      if (std::find(theirs.begin(), theirs.end(), name) != theirs.end())
        return fmt::format("`{}` is an option of a command: give it after the command, as in "
                           "`coprod {} {} …`",
                           name, command->get_name(), arg);
    }
    const std::string guess = suggestion(name, known);
    return fmt::format("unknown option `{}`{}{}Run `coprod help` to see the commands and options", name,
                       guess, guess.empty() ? ". " : " ");
  }
  const std::vector<std::string> known = command_names(app);
  if (std::find(known.begin(), known.end(), arg) != known.end()) return std::nullopt;
  const std::string guess = suggestion(arg, known);
  return fmt::format("unknown command `{}`{}{}Run `coprod help` to see the commands", arg, guess,
                     guess.empty() ? ". " : " ");
}

std::optional<std::string> unexpected_arguments(const CLI::App& command) {
  const std::vector<std::string> extra = command.remaining();
  if (extra.empty()) return std::nullopt;
  const std::string& first = extra.front();
  const std::string hint = fmt::format("Run `coprod help {}` to see what it takes", command.get_name());
  if (!first.starts_with("-") || first == "-")
    return fmt::format("unexpected argument `{}`. {}", first, hint);
  const std::string name = first.substr(0, first.find('='));
  const std::string guess = suggestion(name, option_names(command));
  return fmt::format("unknown option `{}`{}{}{}", name, guess, guess.empty() ? ". " : " ", hint);
}

std::string usage_error(const CLI::App& app, int argc, const char* const* argv, const CLI::ParseError& e) {
  const CLI::App* command = &app;
  for (const CLI::App* sub : commands_of(app))
    if (argc > 1 && sub->get_name() == argv[1]) command = sub;
  const std::string who = command == &app ? "coprod" : "coprod " + command->get_name();
  const std::string hint = command == &app ? "Run `coprod help` to see the commands"
                                           : fmt::format("Run `coprod help {}` to see what it takes", command->get_name());
  const std::string what = e.what();
  const std::vector<OptionInfo> options = options_of(*command);
  auto find = [&](const std::string& name) -> const OptionInfo* {
    for (const OptionInfo& o : options)
      if (std::find(o.names.begin(), o.names.end(), name) != o.names.end()) return &o;
    return nullptr;
  };
  std::smatch m;
  std::string message = what;
  if (std::regex_match(what, m, std::regex("(\\S+) is required"))) {
    for (const CLI::Option* opt : command->get_options())
      if (!opt->nonpositional() && opt->get_name() == m[1].str()) {
        OptionInfo info;
        read_type_name(*opt, info);
        std::string description = opt->get_description();
        if (!description.empty()) description[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(description[0])));
        message = fmt::format("missing {} ({})", info.placeholder, description);
      }
  } else if (std::regex_match(what, m, std::regex("(-[^:]+): (.*) not in \\{.*\\}"))) {
    const OptionInfo* o = find(m[1].str());
    if (o != nullptr && !o->choices.empty())
    {
      const std::string guess = suggestion(m[2].str(), o->choices);
      message = fmt::format("{} cannot be `{}`{}{} {}", m[1].str(), m[2].str(), guess,
                            guess.empty() ? ": it takes" : " It takes", join_words(o->choices, "or"));
    }
  } else if (std::regex_match(what, m, std::regex("(-[^:]+): .* required .* missing"))) {
    const OptionInfo* o = find(m[1].str());
    message = fmt::format("{} needs a value{}", m[1].str(),
                          o != nullptr && !o->choices.empty() ? ": " + join_words(o->choices, "or")
                          : o != nullptr                      ? " (" + o->placeholder + ")"
                                                              : "");
  } else if (std::regex_match(what, m, std::regex("(-[^:]+): Value (.*) not in range (.*) to (.*)"))) {
    message = fmt::format("{} cannot be `{}`: give a number from {} to {}", m[1].str(), m[2].str(), m[3].str(), m[4].str());
  } else if (std::regex_match(what, m, std::regex("(-[^:]+): (.*) unit not recognized.*"))) {
    message = fmt::format("{} cannot be `{}`: give a number of bytes, or one with a unit such as 500KB or 20MB",
                          m[1].str(), m[2].str());
  } else if (std::regex_match(what, m, std::regex("Could not convert: (\\S+) = (.*)"))) {
    message = fmt::format("{} cannot be `{}`", m[1].str(), m[2].str());
  }
  return fmt::format("{}: {}. {}", who, message, hint);
}

}  // namespace coprod::cli
