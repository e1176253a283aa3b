// A Word document's text: the paragraphs of word/document.xml, read with
// libzip (the container) and pugixml (the XML). Headers, footers, footnotes
// and comments are other parts, and are not read; deleted text (tracked
// changes) and field codes are left out, as Word does not show them.

#include <memory>
#include <vector>

#include <fmt/format.h>
#include <pugixml.hpp>
#include <zip.h>

#include "evidence/formats.h"

namespace coprod::evidence {
namespace {

struct ArchiveClose {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct EntryClose {
  void operator()(zip_file_t* entry) const { zip_fclose(entry); }
};

void refuse_docx(Text& text, Status status, std::string problem) {
  text.status = status;
  text.problem = std::move(problem);
  text.lines.clear();
}

// word/document.xml, uncompressed, at most `limit` bytes: its stated size is
// not trusted (a zip bomb can lie), the bytes are counted as they come.
bool document_xml(std::string_view bytes, std::size_t limit, std::string& xml, Text& text) {
  if (bytes.empty()) {
    refuse_docx(text, Status::damaged, "an empty file, not a Word document");
    return false;
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    refuse_docx(text, Status::damaged, "cannot be read as a Word document");
    return false;
  }
  std::unique_ptr<zip_t, ArchiveClose> archive(
      zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
  if (!archive) {
    zip_source_free(source);
    const bool not_zip = zip_error_code_zip(&error) == ZIP_ER_NOZIP;
    zip_error_fini(&error);
    refuse_docx(text, Status::damaged,
                not_zip ? "not a Word document (a .docx is a zip archive, and this is not one)"
                        : "a damaged Word document (its zip archive cannot be opened)");
    return false;
  }
  zip_error_fini(&error);
  const zip_int64_t index = zip_name_locate(archive.get(), "word/document.xml", 0);
  if (index < 0) {
    refuse_docx(text, Status::damaged, "not a Word document (it has no word/document.xml)");
    return false;
  }
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive.get(), zip_uint64_t(index), 0, &stat) == 0) {
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
      refuse_docx(text, Status::locked, "protected by a password");
      return false;
    }
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > limit) {
      refuse_docx(text, Status::too_large,
                  fmt::format("its text expands to more than {}", size_in_words(limit)));
      return false;
    }
  }
  std::unique_ptr<zip_file_t, EntryClose> entry(zip_fopen_index(archive.get(), zip_uint64_t(index), 0));
  if (!entry) {
    const int code = zip_error_code_zip(zip_get_error(archive.get()));
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD)
      refuse_docx(text, Status::locked, "protected by a password");
    else
      refuse_docx(text, Status::damaged, "a damaged Word document (its text cannot be uncompressed)");
    return false;
  }
  xml.clear();
  char buffer[64 * 1024];
  while (true) {
    const zip_int64_t n = zip_fread(entry.get(), buffer, sizeof buffer);
    if (n < 0) {
      refuse_docx(text, Status::damaged, "a damaged Word document (its text cannot be uncompressed)");
      return false;
    }
    if (n == 0) break;
    if (xml.size() + std::size_t(n) > limit) {
      refuse_docx(text, Status::too_large,
                  fmt::format("its text expands to more than {}", size_in_words(limit)));
      return false;
    }
    xml.append(buffer, std::size_t(n));
  }
  return true;
}

// The prefixes the document gives WordprocessingML ("w", as Word writes it)
// and markup compatibility ("mc"), from the root's declarations.
struct Prefixes {
  std::string word = "w:";
  std::string compatibility = "mc:";
};

Prefixes prefixes_of(const pugi::xml_node& root) {
  Prefixes p;
  for (const pugi::xml_attribute& a : root.attributes()) {
    const std::string_view name = a.name();
    const std::string_view value = a.value();
    std::string prefix;
    if (name == "xmlns") prefix = "";
    else if (name.starts_with("xmlns:")) prefix = std::string(name.substr(6)) + ":";
    else continue;
    if (value == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" ||
        value == "http://purl.oclc.org/ooxml/wordprocessingml/main")
      p.word = prefix;
    else if (value == "http://schemas.openxmlformats.org/markup-compatibility/2006")
      p.compatibility = prefix;
  }
  return p;
}

// Walks the XML without recursion (a document nested a million deep must not
// reach the stack), one paragraph buffer per open <w:p>: a text box's
// paragraphs inside a paragraph become paragraphs of their own.
class ParagraphWalk {
 public:
  ParagraphWalk(const Prefixes& p, std::size_t limit, Text& text)
      : p_(p.word + "p"), t_(p.word + "t"), tab_(p.word + "tab"), br_(p.word + "br"),
        cr_(p.word + "cr"), hyphen_(p.word + "noBreakHyphen"), fallback_(p.compatibility + "Fallback"),
        limit_(limit), text_(text) {}

  // False when the text passed the limit.
  bool walk(const pugi::xml_node& root) {
    pugi::xml_node node = root;
    while (node) {
      if (enter(node) && node.first_child()) {
        node = node.first_child();
        continue;
      }
      // Leave this node and every ancestor that has no next sibling.
      while (node && node != root && !node.next_sibling()) {
        leave(node);
        node = node.parent();
      }
      if (!node || node == root) {
        if (node) leave(node);
        break;
      }
      leave(node);
      node = node.next_sibling();
    }
    return bytes_ <= limit_;
  }

 private:
  // Whether to walk into it.
  bool enter(const pugi::xml_node& node) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      if (in_text_ && !open_.empty()) append(node.value());
      return false;
    }
    if (node.type() != pugi::node_element) return false;
    const std::string_view name = node.name();
    if (name == fallback_) return false;  // the same content again, for older readers
    if (name == p_) {
      open_.emplace_back();
    } else if (name == t_) {
      in_text_ = true;
    } else if (name == tab_ || name == br_ || name == cr_) {
      if (!open_.empty()) append(" ");
    } else if (name == hyphen_) {
      if (!open_.empty()) append("-");
    }
    return true;
  }

  void leave(const pugi::xml_node& node) {
    if (node.type() != pugi::node_element) return;
    const std::string_view name = node.name();
    if (name == t_) {
      in_text_ = false;
    } else if (name == p_ && !open_.empty()) {
      std::string paragraph = std::move(open_.back());
      open_.pop_back();
      if (paragraph.find_first_not_of(" \t") == std::string::npos) return;
      ++number_;
      text_.lines.push_back({number_, 0, valid_utf8(paragraph)});
    }
  }

  void append(std::string_view s) {
    bytes_ += s.size();
    if (bytes_ <= limit_) open_.back().append(s);
  }

  std::string p_, t_, tab_, br_, cr_, hyphen_, fallback_;
  std::size_t limit_;
  Text& text_;
  std::vector<std::string> open_;
  bool in_text_ = false;
  std::size_t bytes_ = 0;
  std::uint32_t number_ = 0;
};

}  // namespace

void read_docx(std::string_view bytes, const Limits& limits, Text& text) {
  std::string xml;
  if (document_xml(bytes, limits.max_docx_xml_bytes, xml, text)) read_docx_xml(std::move(xml), limits, text);
}

void read_docx_xml(std::string xml, const Limits& limits, Text& text) {
  pugi::xml_document document;
  // Whitespace-only text is kept: <w:t xml:space="preserve"> </w:t> is the
  // space between two words. pugixml reads no DTD, so no entity can expand.
  const pugi::xml_parse_result parsed =
      document.load_buffer_inplace(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata,
                                   pugi::encoding_auto);
  if (!parsed) {
    refuse_docx(text, Status::damaged,
                fmt::format("a damaged Word document (its text is not well-formed XML: {})",
                            parsed.description()));
    return;
  }
  const pugi::xml_node root = document.document_element();
  ParagraphWalk walk(prefixes_of(root), limits.max_text_bytes, text);
  if (!walk.walk(root))
    refuse_docx(text, Status::too_large,
                fmt::format("its text is larger than {}", size_in_words(limits.max_text_bytes)));
}

}  // namespace coprod::evidence
