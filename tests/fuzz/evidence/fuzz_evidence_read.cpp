// libFuzzer target for the evidence reader: whatever bytes arrive, read as a
// Word document, as the XML inside one, and as Markdown or text, then split
// into sentences and classified, must finish without a crash, a hang or a
// sanitizer report; a file that is read holds at most the text limit, and
// one that is not says why.
// The reader's file handling (where a link leads, opening without blocking)
// is tested in lib/evidence/; here the bytes go straight to the parsers.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "evidence/formats.h"
#include "evidence/statements.h"

namespace {

// Small limits keep each run fast and still reach every limit.
coprod::evidence::Limits fuzz_limits() {
  coprod::evidence::Limits limits;
  limits.max_text_bytes = 256 * 1024;
  limits.max_docx_xml_bytes = 1024 * 1024;
  return limits;
}

void check(const coprod::evidence::Text& text, const coprod::evidence::Limits& limits) {
  std::size_t bytes = 0;
  for (const coprod::evidence::Line& line : text.lines) bytes += line.text.size();
  if (text.read() && bytes > limits.max_text_bytes) __builtin_trap();
  if (!text.read() && (text.problem.empty() || !text.lines.empty())) __builtin_trap();
  (void)coprod::evidence::statements(text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace coprod::evidence;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const Limits limits = fuzz_limits();

  Text docx;
  docx.file = "fuzz.docx";
  docx.format = Format::docx;
  docx.unit = Unit::paragraph;
  read_docx(bytes, limits, docx);
  check(docx, limits);

  // The same bytes as the XML inside a Word document, which a mutated zip
  // rarely reaches (its checksum fails first).
  if (bytes.size() <= limits.max_docx_xml_bytes) {
    Text xml = docx;
    xml.status = Status::read;
    xml.problem.clear();
    xml.lines.clear();
    read_docx_xml(std::string(bytes), limits, xml);
    check(xml, limits);
  }

  Text plain;
  plain.file = "fuzz.md";
  plain.format = Format::markdown;
  if (bytes.size() <= limits.max_text_bytes) {
    read_plain(bytes, limits, plain);
    check(plain, limits);
  }
  return 0;
}
