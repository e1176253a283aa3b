#include "render/output_set.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/same_file.h"

namespace coprod {

std::variant<std::vector<OutputSpec>, std::string> pair_outputs(
    const std::vector<std::string>& formats, const std::vector<std::string>& outputs) {
  std::vector<std::string> names = formats;
  if (names.empty()) names.push_back("text");
  if (outputs.size() > names.size())
    return fmt::format("{} --output given for {} --format: give a --format for each --output, in "
                       "the same order (for example `--format text --output - --format sarif "
                       "--output coprod.sarif`)",
                       outputs.size(), names.size());
  std::vector<OutputSpec> specs;
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto format = parse_format(names[i]);
    if (!format) return fmt::format("`{}` is not a format coprod writes", names[i]);
    std::string path = i < outputs.size() && !outputs[i].empty() ? outputs[i] : "-";
    if (path == "-")
      for (const OutputSpec& earlier : specs)
        if (earlier.path == "-")
          return fmt::format("both --format {} and --format {} would write to standard output: "
                             "give all but one of them an --output FILE",
                             names[&earlier - specs.data()], names[i]);
    specs.push_back({*format, std::move(path)});
  }
  std::vector<std::string> paths;
  for (const OutputSpec& spec : specs) paths.push_back(spec.path);
  if (auto clash = same_output_twice(paths)) return *clash;
  return specs;
}

OutputSet::OutputSet(const std::vector<OutputSpec>& specs, const RenderOptions& options,
                     std::ostream& out, bool color) {
  for (const OutputSpec& spec : specs) {
    RenderOptions own = options;
    Output output;
    if (spec.path == "-") {
      own.color = color;
      output.out = &out;
      writes_stdout_ = true;
    } else {
      own.color = false;
      output.file = std::make_unique<AtomicFile>(spec.path);
      if (output.file->error() && !error_) error_ = output.file->error();
      output.out = &output.file->stream();
    }
    output.renderer = make_renderer(spec.format, own);
    outputs_.push_back(std::move(output));
  }
}

void OutputSet::begin() {
  for (Output& o : outputs_) o.renderer->begin(*o.out);
}

void OutputSet::proposal(const Result& result) {
  for (Output& o : outputs_) o.renderer->proposal(result, *o.out);
}

void OutputSet::end(const Summary& summary) {
  for (Output& o : outputs_) o.renderer->end(summary, *o.out);
}

std::optional<std::string> OutputSet::commit() {
  if (error_) return error_;
  // Standard output first: when it was lost, no file is replaced either.
  if (writes_stdout_)
    if (auto problem = flush_standard_output()) return problem;
  for (Output& o : outputs_)
    if (o.file)
      if (auto problem = o.file->finish()) return problem;  // the rest are removed unwritten
  for (Output& o : outputs_)
    if (o.file)
      if (auto problem = o.file->commit()) return problem;
  return std::nullopt;
}

}  // namespace coprod
