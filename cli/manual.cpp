#include "manual.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "help.h"
#include "core/exit_status.h"
#include "rules/registry.h"

namespace coprod::cli {
namespace {

struct Entry {
  std::string_view term;
  std::string_view text;
};

constexpr Entry kEnvironment[] = {
    {"NO_COLOR", "Set and not empty: no colour in the text output of `coprod check`, even on a "
                 "terminal (https://no-color.org). --color=always still colours it."},
    {"FORCE_COLOR", "Set and not empty: colour the text output even when it is not a terminal, as in "
                    "a CI log, unless NO_COLOR is set too. --color=never still does not."},
    {"COPROD_TEMPLATE_DIR", "A folder of templates (NAME.md.mustache, NAME.html.mustache, "
                            "report/portfolio.*.mustache) that `appendix` and `report` look in first."},
    {"CI", "Set: no progress counter, even on a terminal."},
};

constexpr Entry kFiles[] = {
    {".coprod.yaml", "Settings and waivers every run shares, looked for from the current folder "
                     "upwards (or --config FILE)."},
    {"PREFIX/share/coprod/templates", "The default templates as files, beside an installed coprod "
                                      "(/usr/share/coprod/templates from the package), to copy and "
                                      "change; a file there takes the place of the template of the "
                                      "same name built into coprod."},
};

constexpr Entry kExamples[] = {
    {"coprod init my-proposal.yaml", "Write a commented starter proposal to fill in."},
    {"coprod check my-proposal.yaml", "Check it and give its verdict."},
    {"coprod check papers/ --format github --format sarif --output - --output coprod.sarif",
     "In CI: annotations in the log and SARIF for code scanning."},
    {"coprod explain assurance-satisfied", "Why a rule matters and what meets it."},
    {"coprod appendix proposal.yaml --format html -o appendix.html",
     "The co-production statement for a business case, as one printable page."},
    {"coprod report papers/ --format html -o board.html", "One view of every proposal for a board."},
};

std::string rows(std::span<const Entry> entries, std::size_t column = 30) {
  std::string out;
  for (const Entry& e : entries) out += help_row(std::string(e.term), e.text, column);
  return out;
}

// The exit statuses (core/exit_status.h) as entries.
std::vector<Entry> exit_entries() {
  static const std::vector<std::string> numbers = [] {
    std::vector<std::string> out;
    for (const ExitStatus& e : kExitStatuses) out.push_back(std::to_string(e.status));
    return out;
  }();
  std::vector<Entry> out;
  for (std::size_t i = 0; i < std::size(kExitStatuses); ++i)
    out.push_back({numbers[i], kExitStatuses[i].meaning});
  return out;
}

// roff: a backslash is \e, a line may not start with . or ', a minus is \-.
std::string roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
    line_start = c == '\n';
  }
  return out;
}

std::string roff_entries(std::span<const Entry> entries, bool bold_term) {
  std::string out;
  for (const Entry& e : entries)
    out += fmt::format(".TP\n{}\n{}\n", bold_term ? ".B " + roff(e.term) : roff(e.term), roff(e.text));
  return out;
}

std::string roff_options(const CLI::App& app) {
  std::string out;
  for (const OptionInfo& o : options_of(app)) {
    std::string names;
    for (const std::string& name : o.names) {
      if (!names.empty()) names += ", ";
      names += o.positional ? fmt::format("\\fI{}\\fR", roff(name)) : fmt::format("\\fB{}\\fR", roff(name));
    }
    if (!o.positional && !o.placeholder.empty()) names += fmt::format(" \\fI{}\\fR", roff(o.placeholder));
    if (o.positional && o.repeatable) names += "...";
    out += fmt::format(".TP\n{}\n{}\n", names, roff(o.description));
  }
  return out;
}

std::string synopsis(const CLI::App& command) {
  std::string out = fmt::format("\\fBcoprod {}\\fR", roff(command.get_name()));
  const std::vector<OptionInfo> options = options_of(command);
  if (std::any_of(options.begin(), options.end(), [](const OptionInfo& o) { return !o.positional; }))
    out += " [\\fIOPTIONS\\fR]";
  for (const OptionInfo& o : options) {
    if (!o.positional) continue;
    std::string shown = fmt::format("\\fI{}\\fR{}", roff(o.placeholder), o.repeatable ? "..." : "");
    out += ' ' + (o.required ? shown : '[' + shown + ']');
  }
  return out;
}

}  // namespace

std::string exit_status_help(std::size_t column) {
  return "Exit status:\n" + rows(exit_entries(), column);
}

std::string main_footer() {
  return "Run `coprod help COMMAND` (or `coprod COMMAND --help`) for what a command takes, with "
         "examples.\n\nEnvironment:\n" +
         rows(kEnvironment) + '\n' + exit_status_help(30);
}

std::string man_page(const CLI::App& app) {
  std::string out = fmt::format(
      ".\\\" Generated by `coprod help --man` from the definitions of its commands; do not edit.\n"
      ".TH COPROD 1 \"\" \"coprod {}\" \"User Commands\"\n"
      ".SH NAME\ncoprod \\- check the co-production evidence behind health and care proposals\n"
      ".SH SYNOPSIS\n",
      COPROD_VERSION);
  bool first = true;
  for (const CLI::App* command : commands_of(app)) {
    if (!first) out += ".br\n";
    first = false;
    out += synopsis(*command) + '\n';
  }
  out += ".br\n\\fBcoprod\\fR [\\fB\\-h\\fR | \\fB\\-V\\fR]\n";
  out += ".SH DESCRIPTION\n" + roff(app.get_description()) + '\n';
  out += ".SH COMMANDS\n";
  for (const CLI::App* command : commands_of(app)) {
    out += fmt::format(".SS \"coprod {}\"\n{}\n", roff(command->get_name()), roff(command->get_description()));
    out += ".PP\n" + synopsis(*command) + '\n' + roff_options(*command);
    if (!command->get_footer().empty()) out += ".PP\n.nf\n" + roff(command->get_footer()) + "\n.fi\n";
  }
  out += ".SH OPTIONS\n" + roff_options(app);
  out += ".SH \"EXIT STATUS\"\n" + roff_entries(exit_entries(), true);
  out += ".SH ENVIRONMENT\n" + roff_entries(kEnvironment, true);
  out += ".SH FILES\n" + roff_entries(kFiles, false);
  out += ".SH EXAMPLES\n";
  for (const Entry& e : kExamples) out += fmt::format(".TP\n.B {}\n{}\n", roff(e.term), roff(e.text));
  out += ".SH \"SEE ALSO\"\n"
         "The proposal format, the rule catalogue and use in CI are described in docs/format.md, "
         "docs/rules.md and docs/ci.md in coprod's sources; `coprod rules` lists the rules and "
         "`coprod schema` prints the JSON Schema of the format.\n";
  return out;
}

namespace {

// The first clause of a description, for the one line a shell shows.
std::string brief(std::string_view description) {
  std::size_t end = description.size();
  for (std::string_view stop : {"; ", " (", ". "})
    end = std::min(end, description.find(stop) == std::string_view::npos ? end : description.find(stop));
  return std::string(description.substr(0, end));
}

// What a value can be completed with: its choices, the commands, the rule
// or framework ids, or files.
struct Values {
  std::vector<std::string> words;
  bool files = false;
};

Values values_of(const CLI::App& app, const OptionInfo& o) {
  Values v;
  if (!o.choices.empty()) {
    v.words = o.choices;
  } else if (o.placeholder == "COMMAND") {
    v.words = command_names(app);
  } else if (o.placeholder == "RULE-ID") {
    for (std::string_view id : rule_ids()) v.words.emplace_back(id);
  } else if (o.placeholder == "FRAMEWORK") {
    for (std::string_view id : framework_ids()) v.words.emplace_back(id);
  } else if (o.placeholder == "SHELL") {
    v.words.assign(std::begin(kShells), std::end(kShells));
  } else {
    v.files = o.placeholder.find("FILE") != std::string::npos || o.placeholder.find("DIR") != std::string::npos ||
              o.placeholder.find("PATH") != std::string::npos;
  }
  return v;
}

std::string join(const std::vector<std::string>& words, std::string_view separator = " ") {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : std::string(separator)) + w;
  return out;
}

std::string quoted(std::string_view text, std::string_view escaped_quote) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string(escaped_quote) : std::string(1, c);
  return out + "'";
}

std::string bash(const CLI::App& app) {
  std::string cases;
  const CLI::App* root = &app;
  for (const CLI::App* command : commands_of(app)) {
    std::string values, takes_value, options;
    std::string positional = "    return\n";
    for (const OptionInfo& o : options_of(*command)) {
      const Values v = values_of(*root, o);
      if (o.positional) {
        positional = v.words.empty() ? "    return\n"
                                     : fmt::format("    COMPREPLY=($(compgen -W '{}' -- \"$cur\"))\n    return\n",
                                                   join(v.words));
        continue;
      }
      options += ' ' + join(o.names);
      if (o.placeholder.empty()) continue;
      const std::string names = join(o.names, "|");
      if (!v.words.empty())
        values += fmt::format("      {}) COMPREPLY=($(compgen -W '{}' -- \"$cur\")); return ;;\n", names, join(v.words));
      else if (v.files)
        values += fmt::format("      {}) return ;;\n", names);  // -o default: files
      else
        takes_value += (takes_value.empty() ? "" : "|") + names;
    }
    if (!takes_value.empty()) values += fmt::format("      {}) COMPREPLY=(); compopt +o default; return ;;\n", takes_value);
    cases += fmt::format(
        "  {})\n"
        "    case $prev in\n{}    esac\n"
        "    if [[ $cur == -* ]]; then\n"
        "      COMPREPLY=($(compgen -W '{}' -- \"$cur\"))\n"
        "      return\n"
        "    fi\n{}"
        "    ;;\n",
        command->get_name(), values, options.substr(1), positional);
  }
  std::vector<std::string> top = command_names(app);
  for (const OptionInfo& o : options_of(app)) top.insert(top.end(), o.names.begin(), o.names.end());
  return fmt::format(
      "# bash completion for coprod {}; written by `coprod completion bash`.\n"
      "_coprod() {{\n"
      "  local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}} command= i\n"
      "  # --option=value: bash splits at the =.\n"
      "  if [[ $cur == = ]]; then cur=; fi\n"
      "  if [[ $prev == = && $COMP_CWORD -ge 2 ]]; then prev=${{COMP_WORDS[COMP_CWORD-2]}}; fi\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    case ${{COMP_WORDS[i]}} in -*) ;; *) command=${{COMP_WORDS[i]}}; break ;; esac\n"
      "  done\n"
      "  case $command in\n"
      "  '')\n"
      "    COMPREPLY=($(compgen -W '{}' -- \"$cur\"))\n"
      "    ;;\n"
      "{}"
      "  esac\n"
      "}}\n"
      "complete -o default -F _coprod coprod\n",
      COPROD_VERSION, join(top), cases);
}

// zsh's _arguments spec: '(-f --format)'{-f,--format}'[Output format]:FORMAT:(text markdown)'
std::string zsh_spec(const CLI::App& root, const OptionInfo& o) {
  std::string description = brief(o.description);
  std::replace(description.begin(), description.end(), '[', '(');
  std::replace(description.begin(), description.end(), ']', ')');
  const Values v = values_of(root, o);
  std::string action = " ";
  if (!v.words.empty())
    action = '(' + join(v.words) + ')';
  else if (v.files)
    action = "_files";
  std::string placeholder = o.placeholder;
  std::replace(placeholder.begin(), placeholder.end(), ':', '-');
  if (o.positional) return quoted(fmt::format("{}:{}:{}", o.repeatable ? "*" : "1", placeholder, action), "'\\''");
  const std::string value = o.placeholder.empty() ? "" : fmt::format(":{}:{}", placeholder, action);
  const std::string spec = fmt::format("[{}]{}", description, value);
  if (o.names.size() == 1)
    return quoted((o.repeatable ? "*" : "") + o.names[0] + spec, "'\\''");
  const std::string exclusion = o.repeatable ? "*" : '(' + join(o.names) + ')';
  return fmt::format("{}{{{}}}{}", quoted(exclusion, "'\\''"), join(o.names, ","), quoted(spec, "'\\''"));
}

std::string zsh(const CLI::App& app) {
  std::string commands, cases, top;
  for (const CLI::App* command : commands_of(app)) {
    commands += "    " + quoted(command->get_name() + ':' + brief(command->get_description()), "'\\''") + '\n';
    std::string specs;
    for (const OptionInfo& o : options_of(*command)) specs += " \\\n        " + zsh_spec(app, o);
    cases += fmt::format("    {})\n      _arguments -s{}\n      ;;\n", command->get_name(), specs);
  }
  for (const OptionInfo& o : options_of(app)) top += " \\\n      " + zsh_spec(app, o);
  return fmt::format(
      "#compdef coprod\n"
      "# zsh completion for coprod {}; written by `coprod completion zsh`.\n"
      "_coprod() {{\n"
      "  local -a commands\n"
      "  commands=(\n{}  )\n"
      "  if (( CURRENT == 2 )); then\n"
      "    _describe -t commands 'coprod command' commands\n"
      "    _arguments{}\n"
      "    return\n"
      "  fi\n"
      "  local command=${{words[2]}}\n"
      "  shift words\n"
      "  (( CURRENT-- ))\n"
      "  case $command in\n{}"
      "  esac\n"
      "}}\n"
      "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n"
      "  _coprod \"$@\"\n"
      "else\n"
      "  compdef _coprod coprod\n"
      "fi\n",
      COPROD_VERSION, commands, top, cases);
}

std::string fish_option(std::string_view condition, const CLI::App& root, const OptionInfo& o) {
  std::string line = fmt::format("complete -c coprod -n {}", quoted(condition, "\\'"));
  const Values v = values_of(root, o);
  if (!o.positional) {
    for (const std::string& name : o.names)
      line += name.starts_with("--") ? " -l " + name.substr(2) : " -s " + name.substr(1);
    if (!o.placeholder.empty()) line += v.files ? " -r -F" : " -x";
  } else if (v.files) {
    line += " -F";
  }
  if (!v.words.empty()) line += " -a " + quoted(join(v.words), "\\'");
  return line + " -d " + quoted(brief(o.description), "\\'") + '\n';
}

std::string fish(const CLI::App& app) {
  std::string out = fmt::format(
      "# fish completion for coprod {}; written by `coprod completion fish`.\n"
      "complete -c coprod -f\n",
      COPROD_VERSION);
  for (const OptionInfo& o : options_of(app)) out += fish_option("__fish_use_subcommand", app, o);
  for (const CLI::App* command : commands_of(app))
    out += fmt::format("complete -c coprod -n __fish_use_subcommand -a {} -d {}\n", command->get_name(),
                       quoted(brief(command->get_description()), "\\'"));
  for (const CLI::App* command : commands_of(app)) {
    const std::string condition = "__fish_seen_subcommand_from " + command->get_name();
    for (const OptionInfo& o : options_of(*command)) out += fish_option(condition, app, o);
  }
  return out;
}

}  // namespace

std::optional<std::string> completion_script(const CLI::App& app, std::string_view shell) {
  if (shell == "bash") return bash(app);
  if (shell == "zsh") return zsh(app);
  if (shell == "fish") return fish(app);
  return std::nullopt;
}

}  // namespace coprod::cli
