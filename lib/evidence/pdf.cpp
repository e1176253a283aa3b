// A PDF's text, page by page, with poppler's C++ library: only in builds
// with COPROD_PDF (the command line). Elsewhere a PDF is "not read here".

#include "evidence/formats.h"

#if COPROD_HAVE_PDF
#include <memory>
#include <mutex>
#include <string>

#include <fmt/format.h>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#endif

namespace coprod::evidence {

#if COPROD_HAVE_PDF

bool reads_pdf() { return true; }

void read_pdf(std::string_view bytes, const Limits& limits, Text& text) {
  // poppler writes its complaints about a damaged file to standard error; a
  // library must not print, and the status says what went wrong.
  static std::once_flag quiet;
  std::call_once(quiet, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
  const auto refuse_pdf = [&](Status status, std::string problem) {
    text.status = status;
    text.problem = std::move(problem);
    text.lines.clear();
  };
  if (bytes.size() > std::size_t(INT32_MAX)) return refuse_pdf(Status::too_large, "too large");
  const std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), int(bytes.size())));
  if (!document) return refuse_pdf(Status::damaged, "not a PDF that can be read (damaged, or not a PDF)");
  if (document->is_locked()) return refuse_pdf(Status::locked, "protected by a password");
  const int pages = document->pages();
  if (pages < 0 || std::size_t(pages) > limits.max_pdf_pages)
    return refuse_pdf(Status::too_large,
                      fmt::format("more than {} pages ({} pages)", limits.max_pdf_pages, pages));
  std::size_t total = 0;
  for (int i = 0; i < pages; ++i) {
    const std::unique_ptr<poppler::page> page(document->create_page(i));
    if (!page) continue;
    const poppler::byte_array utf8 =
        page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    total += utf8.size();
    if (total > limits.max_text_bytes)
      return refuse_pdf(Status::too_large,
                        fmt::format("its text is larger than {}", size_in_words(limits.max_text_bytes)));
    add_lines(valid_utf8(std::string_view(utf8.data(), utf8.size())), 1, std::uint32_t(i + 1), true,
              text);
  }
}

#else

bool reads_pdf() { return false; }

void read_pdf(std::string_view, const Limits&, Text& text) {
  text.status = Status::not_read_here;
  text.problem = "PDF is not read here";
  text.lines.clear();
}

#endif

}  // namespace coprod::evidence
