// The outputs of one run: `--format F --output FILE`, repeated. Each output
// is a renderer and a destination; files are written whole or not at all, and
// if any file fails, none is replaced.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <variant>
#include <vector>

#include "core/output.h"
#include "render/render.h"

namespace coprod {

struct OutputSpec {
  Format format = Format::text;
  std::string path = "-";  // "-" is standard output
};

// Pairs the formats and outputs given on the command line, in order: the first
// --output goes with the first --format, the second with the second, and so
// on; a format without an output writes to standard output; no --format at
// all means text. More outputs than formats, two outputs to standard output
// or the same file twice is a usage error (the message says which).
std::variant<std::vector<OutputSpec>, std::string> pair_outputs(
    const std::vector<std::string>& formats, const std::vector<std::string>& outputs);

class OutputSet {
 public:
  // `color` is whether standard output wants colour (a terminal, no NO_COLOR).
  OutputSet(const std::vector<OutputSpec>& specs, const RenderOptions& options, std::ostream& out,
            bool color);

  // Set when an output file cannot be opened (a missing folder): nothing is written.
  const std::optional<std::string>& error() const { return error_; }

  void begin();
  void proposal(const Result& result);
  void end(const Summary& summary);
  // Writes every file into place, or none when one of them failed.
  std::optional<std::string> commit();

 private:
  struct Output {
    std::unique_ptr<Renderer> renderer;
    std::unique_ptr<AtomicFile> file;  // null for standard output
    std::ostream* out;
  };
  std::vector<Output> outputs_;
  std::optional<std::string> error_;
  bool writes_stdout_ = false;
};

}  // namespace coprod
