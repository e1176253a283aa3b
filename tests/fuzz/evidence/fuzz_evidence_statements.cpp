// libFuzzer target for the sentence classifier: whatever text arrives, as a
// proposal's free text or a note's lines, splitting it into sentences,
// finding dates and classifying each sentence must finish without a crash, a
// hang or a sanitizer report; every statement must point inside the text and
// quote no more than its sentence.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "evidence/dates.h"
#include "evidence/pattern.h"
#include "evidence/statements.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace coprod::evidence;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  for (const TextDate& d : dates_in(text)) {
    if (d.offset + d.length > text.size() || d.latest() < d.earliest()) __builtin_trap();
  }
  const Words words = words_of(text);
  for (const Word& w : words.list)
    if (w.begin > w.end || w.end > text.size()) __builtin_trap();

  const Text lines = text_of(text, "fuzz.md", 1);
  std::uint32_t last = 0;
  for (const Line& line : lines.lines) last = line.number;
  for (const Statement& s : statements(lines)) {
    if (s.line < 1 || s.line > last || s.phrase.empty() || s.sentence.empty()) __builtin_trap();
  }
  // The same text as the paragraphs of a Word document.
  Text paragraphs = lines;
  paragraphs.unit = Unit::paragraph;
  (void)statements(paragraphs);
  return 0;
}
