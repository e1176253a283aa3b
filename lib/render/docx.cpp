#include "render/docx.h"

#include <memory>
#include <stdexcept>

#include <fmt/format.h>
#include <zip.h>

#include "core/escape.h"

namespace coprod {
namespace {

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>
)";

constexpr const char* kPackageRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>
)";

constexpr const char* kDocumentRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>
)";

// Bullets at two levels (numId 1) and one decimal sequence (numId 2), the
// lists the ListBullet and ListNumber styles make.
constexpr const char* kNumbering =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>
)";

constexpr const char* kWordNamespaces =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

// A field Word computes as it lays the pages out: PAGE or NUMPAGES. The
// text inside is what a reader that does not compute fields shows.
std::string field(std::string_view code) {
  return fmt::format(
      R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {} </w:instrText></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>)",
      code);
}

// Title on the left, reference on the right, on every page.
std::string header_part(const DocxParts& parts) {
  return fmt::format(
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {}><w:p><w:pPr><w:pStyle w:val="Header"/><w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs></w:pPr>)"
      R"(<w:r><w:t xml:space="preserve">{}</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">{}</w:t></w:r></w:p></w:hdr>
)",
      kWordNamespaces, xml_text(parts.title), xml_text(parts.reference));
}

// The note on the left, "Page X of Y" on the right, on every page.
std::string footer_part(const DocxParts& parts) {
  return fmt::format(
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs></w:pPr>)"
      R"(<w:r><w:t xml:space="preserve">{}</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">Page </w:t></w:r>{})"
      R"(<w:r><w:t xml:space="preserve"> of </w:t></w:r>{}</w:p></w:ftr>
)",
      kWordNamespaces, xml_text(parts.footer), field("PAGE"), field("NUMPAGES"));
}

std::string core_properties(const std::string& title) {
  return fmt::format(
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title>{}</dc:title>
<dc:creator>coprod {}</dc:creator>
</cp:coreProperties>
)",
      xml_text(title), COPROD_VERSION);
}

struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using ZipSource = std::unique_ptr<zip_source_t, SourceFree>;

std::string zip_message(zip_error_t* error) {
  std::string message = zip_error_strerror(error);
  zip_error_fini(error);
  return message;
}

[[noreturn]] void fail(std::string_view what, zip_t* archive) {
  const std::string message = zip_strerror(archive);
  zip_discard(archive);
  throw std::runtime_error(fmt::format("cannot build the Word document: {}: {}", what, message));
}

// Adds a part; the text must outlive zip_close (libzip reads it then). A
// fixed time keeps the same proposal's document byte for byte the same.
void add(zip_t* archive, const char* name, const std::string& text) {
  zip_source_t* source = zip_source_buffer(archive, text.data(), text.size(), 0);
  if (source == nullptr) fail(name, archive);
  const zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(source);
    fail(name, archive);
  }
  constexpr time_t kFixedTime = 1577836800;  // 2020-01-01, as reproducible builds do
  zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), kFixedTime, 0);
}

}  // namespace

std::string docx_package(const DocxParts& parts) {
  zip_error_t error;
  zip_error_init(&error);
  ZipSource buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) throw std::runtime_error(fmt::format("cannot build the Word document: {}", zip_message(&error)));
  zip_source_keep(buffer.get());  // the archive's close frees one reference; the bytes are read after
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    zip_source_free(buffer.get());  // the reference the archive would have held
    throw std::runtime_error(fmt::format("cannot build the Word document: {}", zip_message(&error)));
  }
  zip_error_fini(&error);

  const std::string content_types = kContentTypes, package_rels = kPackageRels, document_rels = kDocumentRels;
  const std::string core = core_properties(parts.title);
  const std::string numbering = kNumbering, header = header_part(parts), footer = footer_part(parts);
  add(archive, "[Content_Types].xml", content_types);  // first, as readers expect
  add(archive, "_rels/.rels", package_rels);
  add(archive, "docProps/core.xml", core);
  add(archive, "word/document.xml", parts.document);
  add(archive, "word/_rels/document.xml.rels", document_rels);
  add(archive, "word/styles.xml", parts.styles);
  add(archive, "word/numbering.xml", numbering);
  add(archive, "word/header1.xml", header);
  add(archive, "word/footer1.xml", footer);
  if (zip_close(archive) < 0) fail("writing the container", archive);

  zip_stat_t stat;
  if (zip_source_stat(buffer.get(), &stat) < 0 || zip_source_open(buffer.get()) < 0)
    throw std::runtime_error("cannot build the Word document: the container cannot be read back");
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), stat.size);
  zip_source_close(buffer.get());
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
    throw std::runtime_error("cannot build the Word document: the container cannot be read back");
  return bytes;
}

}  // namespace coprod

namespace coprod {

std::string docx_part(const std::string& path, const char* part) {
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (archive == nullptr) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    throw std::runtime_error(fmt::format("cannot read the Word file `{}`: {}", path, zip_message(&error)));
  }
  std::string text;
  zip_stat_t stat;
  if (zip_stat(archive, part, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0) {
    zip_file_t* file = zip_fopen(archive, part, 0);
    if (file != nullptr) {
      text.resize(static_cast<std::size_t>(stat.size));
      const zip_int64_t read = zip_fread(file, text.data(), stat.size);
      zip_fclose(file);
      if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) text.clear();
    }
  }
  zip_discard(archive);
  return text;
}

}  // namespace coprod
