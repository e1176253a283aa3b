#include "load/yaml_tree.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <libfyaml.h>

#include "load/yaml_syntax.h"

#include "core/utf8.h"

namespace coprod::yaml {

// Nodes live in the document's arena, which never runs destructors.
static_assert(std::is_trivially_destructible_v<Node>);

bool Node::is_null() const {
  if (kind == Kind::null) return true;
  if (kind != Kind::scalar || !plain) return false;
  return value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL";
}

const Node* Node::find(std::string_view name) const {
  if (kind != Kind::mapping) return nullptr;
  for (std::size_t i = 0; i < pairs(); ++i)
    if (key(i).is_scalar() && key(i).value == name) return &value_at(i);
  return nullptr;
}

std::string_view Node::describe() const {
  if (is_null()) return "nothing";
  switch (kind) {
    case Kind::scalar: return "text";
    case Kind::sequence: return "a list";
    case Kind::mapping: return "a mapping";
    case Kind::null: break;
  }
  return "nothing";
}

namespace {

// libfyaml counts lines and columns from 0, and columns in characters (code
// points), as coprod reports them.
Location location(const fy_mark* mark) {
  if (mark == nullptr) return {1, 1};
  return {std::uint32_t(mark->line + 1), std::uint32_t(mark->column + 1)};
}

std::string_view text_of(fy_token* token) {
  if (token == nullptr) return {};
  std::size_t length = 0;
  const char* text = fy_token_get_text(token, &length);
  return text == nullptr ? std::string_view() : std::string_view(text, length);
}

// Stops the parse at a located problem: one that is final, or a syntax
// error still to be explained (with the whole text at hand).
struct Stop {
  Error error;
  std::optional<ParserError> syntax = std::nullopt;
};

[[noreturn]] void stop(Location at, std::string message, ErrorKind kind) {
  throw Stop{{at, std::move(message), kind}};
}

// The parser and its diagnostics, freed together. Errors are collected, never
// printed: libfyaml's printing of the offending source line is where its
// known memory errors live (its issues #189, #223), and it is never reached.
class Parser {
 public:
  explicit Parser(std::string_view text) {
    fy_diag_cfg diag_cfg;
    fy_diag_cfg_default(&diag_cfg);
    diag_cfg.fp = nullptr;
    diag_cfg.output_fn = [](fy_diag*, void*, const char*, std::size_t) {};
    diag_cfg.level = FYET_ERROR;
    diag_cfg.colorize = false;
    diag_cfg.show_source = false;
    diag_ = fy_diag_create(&diag_cfg);
    if (diag_ == nullptr) return;
    fy_diag_set_collect_errors(diag_, true);
    fy_parse_cfg cfg{};
    cfg.flags = fy_parse_cfg_flags(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE);
    cfg.diag = diag_;
    parser_ = fy_parser_create(&cfg);
    if (parser_ != nullptr && fy_parser_set_string(parser_, text.data(), text.size()) != 0) {
      fy_parser_destroy(parser_);
      parser_ = nullptr;
    }
  }
  ~Parser() {
    if (parser_ != nullptr) fy_parser_destroy(parser_);
    if (diag_ != nullptr) fy_diag_destroy(diag_);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  bool ready() const { return parser_ != nullptr; }
  fy_parser* get() const { return parser_; }

  // The first error libfyaml reported, if any, once the events have run out.
  std::optional<ParserError> syntax_error() const {
    void* iter = nullptr;
    if (diag_ != nullptr)
      while (fy_diag_error* error = fy_diag_errors_iterate(diag_, &iter))
        if (error->type >= FYET_ERROR)
          return ParserError{ParserError::Kind::parser,
                             {std::uint32_t(std::max(error->line, 1)), std::uint32_t(std::max(error->column, 1))},
                             error->msg == nullptr ? "" : error->msg};
    if (parser_ != nullptr && fy_parser_get_stream_error(parser_))
      return ParserError{ParserError::Kind::parser, {1, 1}, ""};
    return std::nullopt;
  }

 private:
  fy_diag* diag_ = nullptr;
  fy_parser* parser_ = nullptr;
};

struct EventFree {
  fy_parser* parser;
  void operator()(fy_event* event) const { fy_parser_event_free(parser, event); }
};
using Event = std::unique_ptr<fy_event, EventFree>;

}  // namespace

class Builder {
 public:
  Builder(Document& doc, std::string_view text, const Limits& limits)
      : doc_(doc), text_(text), limits_(limits) {}

  // Reads the events of the whole stream into the document.
  void run(Parser& parser) {
    for (;;) {
      Event event(fy_parser_parse(parser.get()), EventFree{parser.get()});
      if (!event) break;
      if (!second_document_) handle(*event);
    }
    if (auto error = parser.syntax_error()) throw Stop{{}, std::move(*error)};
    if (second_document_)
      stop(*second_document_,
           "a second YAML document starts here: a proposal file holds one document",
           ErrorKind::format);
  }

 private:
  void handle(fy_event& event) {
    switch (event.type) {
      case FYET_DOCUMENT_START:
        // The rest of the stream is still read, unbuilt: text that is not
        // valid YAML is reported as such, wherever it is.
        if (++documents_ > 1) second_document_ = location(fy_event_start_mark(&event));
        return;
      case FYET_SCALAR: return scalar(event);
      case FYET_ALIAS: return alias(event);
      case FYET_SEQUENCE_START:
        return open(make(Node::Kind::sequence,
                         with_properties(fy_event_start_mark(&event), event.sequence_start.anchor,
                                         event.sequence_start.tag)),
                    event.sequence_start.anchor);
      case FYET_MAPPING_START:
        return open(make(Node::Kind::mapping,
                         with_properties(fy_event_start_mark(&event), event.mapping_start.anchor,
                                         event.mapping_start.tag)),
                    event.mapping_start.anchor);
      case FYET_SEQUENCE_END:
      case FYET_MAPPING_END: return close();
      default: return;
    }
  }

  void scalar(fy_event& event) {
    const fy_event_scalar_data& data = event.scalar;
    const fy_scalar_style style = fy_token_scalar_style(data.value);
    const std::string_view value = value_of(data.value, style);
    const fy_mark* mark =
        with_properties(scalar_mark(fy_event_start_mark(&event), style), data.anchor, data.tag);
    if (value.size() > limits_.max_scalar_bytes)
      stop(location(mark),
           fmt::format("this value is {} bytes long, more than the limit of {} bytes for one "
                       "value; a proposal summarises, and links to long documents as evidence",
                       value.size(), limits_.max_scalar_bytes),
           ErrorKind::limit);
    const bool plain = data.tag == nullptr && style == FYSS_PLAIN;
    const bool null = plain && (value.empty() || value == "~" || value == "null" ||
                                value == "Null" || value == "NULL");
    Node& node = make(null ? Node::Kind::null : Node::Kind::scalar, mark);
    node.plain = plain;
    // A `!!binary` value is read as the text it encodes, so what it hides
    // (personal data, hidden characters) is checked like any other text.
    if (!null) node.value = binary(data.tag) ? keep(base64_decode(value)) : value;
    if (plain && !value.empty()) note_dropped_comment(fy_event_end_mark(&event));
    // A tag drops its own text from the value: `!Important`, `!!int`. A
    // `!!binary` value is decoded, and `!!str` says the value is text.
    if (data.tag != nullptr && !binary(data.tag) && text_of(data.tag) != "tag:yaml.org,2002:str")
      note_tag(mark, fy_event_end_mark(&event));
    if (plain) note_typography(node, value);
    node.anchored = data.anchor != nullptr;
    attach(node);
    remember(node, data.anchor, 1);
    if (const fy_mark* end = fy_event_end_mark(&event)) last_end_ = *end;
  }

  // A scalar's value, held by the document. A plain value on one line is
  // the text between its marks as written (libfyaml would assemble a copy of
  // any value with a space in it); any other value is libfyaml's text, which
  // lives only as long as its event, copied into the arena unless it is
  // already a view of the text.
  std::string_view value_of(fy_token* token, fy_scalar_style style) {
    if (token == nullptr) return {};
    if (style == FYSS_PLAIN) {
      const fy_mark* start = fy_token_start_mark(token);
      const fy_mark* end = fy_token_end_mark(token);
      if (start != nullptr && end != nullptr && start->line == end->line &&
          start->input_pos <= end->input_pos && end->input_pos <= text_.size())
        return text_.substr(start->input_pos, end->input_pos - start->input_pos);
    }
    const std::string_view text = text_of(token);
    // (std::less_equal: pointers into different buffers are ordered too.)
    const std::less_equal<const char*> at_or_before;
    if (at_or_before(text_.data(), text.data()) &&
        at_or_before(text.data() + text.size(), text_.data() + text_.size()))
      return text;
    return keep(text);
  }

  std::string_view keep(std::string_view text) {
    if (text.empty()) return {};
    char* copy = static_cast<char*>(doc_.arena_->allocate(text.size(), 1));
    std::copy(text.begin(), text.end(), copy);
    return {copy, text.size()};
  }

  static bool binary(fy_token* tag) {
    return tag != nullptr && text_of(tag) == "tag:yaml.org,2002:binary";
  }

  // Where a scalar is reported: at its opening quote, or at the `|` or `>`
  // of a block; an empty value, which has no text of its own, just after
  // what came before it (its key).
  const fy_mark* scalar_mark(const fy_mark* mark, fy_scalar_style style) {
    if (mark == nullptr) return &last_end_;
    if (style == FYSS_SINGLE_QUOTED) return sigil_mark(mark, '\'');
    if (style == FYSS_DOUBLE_QUOTED) return sigil_mark(mark, '"');
    if (style != FYSS_LITERAL && style != FYSS_FOLDED) return mark;
    const std::size_t indicator =
        text_.substr(0, std::min(mark->input_pos, text_.size())).find_last_of(style == FYSS_LITERAL ? '|' : '>');
    if (indicator == std::string_view::npos) return mark;
    int lines = 0;
    for (std::size_t i = indicator; i < mark->input_pos; ++i) lines += text_[i] == '\n';
    const std::size_t line_start = text_.rfind('\n', indicator);
    int column = 0;
    for (std::size_t i = line_start == std::string_view::npos ? 0 : line_start + 1; i < indicator; ++i)
      column += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
    sigil_ = {indicator, mark->line - lines, column};
    return &sigil_;
  }

  void alias(fy_event& event) {
    const fy_mark* mark = sigil_mark(fy_event_start_mark(&event), '*');
    const std::string name(text_of(event.alias.anchor));
    for (const Open& open : open_)
      if (open.node->anchored && open.anchor == name)
        stop(location(mark), "this alias refers to the list or mapping that contains it",
             ErrorKind::format);
    const auto found = anchors_.find(name);
    if (found == anchors_.end()) throw Stop{{}, ParserError{ParserError::Kind::unknown_alias, location(mark), name}};
    count(found->second.size, mark, true);
    attach(*found->second.node);
  }

  // A node with an anchor (`&name`) or a tag (`!tag`) starts at the first of
  // them, not at its content.
  const fy_mark* with_properties(const fy_mark* content, fy_token* anchor, fy_token* tag) {
    const fy_mark* first = content;
    auto earlier = [&](const fy_mark* mark) {
      if (mark != nullptr && (first == nullptr || mark->input_pos < first->input_pos)) first = mark;
    };
    if (tag != nullptr) earlier(fy_token_start_mark(tag));
    if (anchor != nullptr) {
      const fy_mark* at = sigil_mark(fy_token_start_mark(anchor), '&');
      if (at == &sigil_) {
        properties_ = sigil_;
        at = &properties_;
      }
      earlier(at);
    }
    return first;
  }

  // libfyaml marks an alias after its `*`; coprod points at the `*`.
  const fy_mark* sigil_mark(const fy_mark* mark, char sigil) {
    if (mark == nullptr || mark->input_pos == 0 || mark->input_pos > text_.size() ||
        text_[mark->input_pos - 1] != sigil)
      return mark;
    sigil_ = *mark;
    --sigil_.input_pos;
    --sigil_.column;
    return &sigil_;
  }

  Node& make(Node::Kind kind, const fy_mark* mark) {
    if (doc_.node_count_ >= limits_.max_nodes)
      stop(location(mark),
           fmt::format("this file has more than {} values, more than a proposal could need",
                       limits_.max_nodes),
           ErrorKind::limit);
    count(1, mark, false);
    Node& node = *new (doc_.arena_->allocate(sizeof(Node), alignof(Node))) Node;
    ++doc_.node_count_;
    node.kind = kind;
    node.at = location(mark);
    return node;
  }

  // Adds `n` values to the document as a walk would see it, aliases expanded.
  void count(std::size_t n, const fy_mark* mark, bool alias) {
    expanded_ += n;
    if (expanded_ > limits_.max_expanded) {
      if (alias)
        stop(location(mark),
             fmt::format("the aliases (*name) in this file repeat its values more than {} times "
                         "over; a proposal needs no such repetition: write the values out, or "
                         "use fewer aliases",
                         limits_.max_expanded),
             ErrorKind::limit);
      stop(location(mark),
           fmt::format("this file has more than {} values, more than a proposal could need",
                       limits_.max_expanded),
           ErrorKind::limit);
    }
    if (!open_.empty()) open_.back().inside += n;
  }

  void attach(const Node& node) {
    if (open_.empty())
      doc_.root_ = &node;
    else
      children_.push_back(&node);
  }

  // `size`: the node's values counted with its aliases expanded. A later
  // anchor of the same name replaces an earlier one, as YAML says.
  void remember(const Node& node, fy_token* anchor, std::size_t size) {
    if (anchor == nullptr) return;
    anchors_[std::string(text_of(anchor))] = {&node, size};
  }

  void open(Node& node, fy_token* anchor) {
    if (open_.size() >= limits_.max_depth)
      stop(node.at, fmt::format("lists and mappings are nested more than {} deep here",
                                limits_.max_depth),
           ErrorKind::limit);
    node.anchored = anchor != nullptr;
    const bool item = !open_.empty() && open_.back().node->is_sequence();
    attach(node);
    open_.push_back({&node, children_.size(), 0,
                     anchor == nullptr ? std::string() : std::string(text_of(anchor)), item});
  }

  // A list or mapping ends: its children move from the shared stack into the
  // arena, and its anchor becomes usable (only now that its node is complete,
  // so an alias can never make a cycle).
  void close() {
    if (open_.empty()) return;
    Open& open = open_.back();
    Node* node = open.node;
    const std::size_t count = children_.size() - open.first_child;
    if (count > 0) {
      auto* items = static_cast<const Node**>(
          doc_.arena_->allocate(count * sizeof(const Node*), alignof(const Node*)));
      std::copy(children_.begin() + std::ptrdiff_t(open.first_child), children_.end(), items);
      node->items = {items, count};
      children_.resize(open.first_child);
    }
    const std::size_t inside = open.inside;
    if (node->anchored) anchors_[std::move(open.anchor)] = {node, inside + 1};
    open_.pop_back();
    if (!open_.empty()) open_.back().inside += inside;
  }

  // ` #2` after a plain value on its line: YAML reads a comment there and
  // drops the text, which is rarely what the writer meant. A comment written
  // as comments are (`# note`, with a space) is left alone.
  void note_dropped_comment(const fy_mark* end) {
    if (end == nullptr) return;
    std::size_t i = end->input_pos;
    if (i >= text_.size() || (text_[i] != ' ' && text_[i] != '\t')) return;
    while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
    if (i + 1 >= text_.size() || text_[i] != '#') return;
    const char next = text_[i + 1];
    if (next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '#') return;
    note({Slip::Kind::dropped_comment,
          {std::uint32_t(end->line + 1), std::uint32_t(end->column + 1 + (i - end->input_pos))}});
  }

  void note(Slip slip) {
    if (doc_.slips_.size() < 100) doc_.slips_.push_back(slip);
  }

  // Where `value` is in the text, when it is a view of it.
  std::optional<std::size_t> offset_of(std::string_view value) const {
    const std::less_equal<const char*> at_or_before;
    if (value.empty() || !at_or_before(text_.data(), value.data()) ||
        !at_or_before(value.data() + value.size(), text_.data() + text_.size()))
      return std::nullopt;
    return std::size_t(value.data() - text_.data());
  }

  // `title: !Important easy read`: the tag `!Important` is dropped.
  void note_tag(const fy_mark* start, const fy_mark* end) {
    Slip slip{Slip::Kind::tag, location(start)};
    if (start != nullptr && end != nullptr && start->line == end->line && start->input_pos < end->input_pos) {
      slip.offset = start->input_pos;
      slip.length = end->input_pos - start->input_pos;
    }
    note(slip);
  }

  // What a word processor pastes: curly quotes around a whole value, a bullet
  // before a key or a list item, and a list item's first key again without
  // its `- `.
  void note_typography(const Node& node, std::string_view value) {
    const std::optional<std::size_t> offset = offset_of(value);
    const auto wrapped = [&](std::string_view open, std::string_view close) {
      return value.size() > open.size() + close.size() && value.starts_with(open) && value.ends_with(close);
    };
    if (wrapped("\xE2\x80\x9C", "\xE2\x80\x9D") || wrapped("\xE2\x80\x98", "\xE2\x80\x99"))
      note({Slip::Kind::curly_quotes, node.at, offset.value_or(0), offset ? value.size() : 0});
    if (open_.empty()) return;
    Open& parent = open_.back();
    const bool key = parent.node->is_mapping() && (children_.size() - parent.first_child) % 2 == 0;
    if (key || parent.node->is_sequence()) {
      for (std::string_view bullet : {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x97\x8F",
                                      "\xE2\x80\xA3", "\xE2\x80\x93", "\xE2\x80\x94"}) {
        if (!value.starts_with(bullet)) continue;
        std::size_t length = bullet.size();
        while (length < value.size() && value[length] == ' ') ++length;
        if (length == value.size()) break;
        note({key ? Slip::Kind::bulleted_key : Slip::Kind::bullet, node.at, offset.value_or(0),
              offset ? length : 0});
        break;
      }
    }
    if (!key || !parent.item) return;
    if (children_.size() == parent.first_child) {
      parent.first_key = value;
      parent.first_key_column = node.at.column;
    } else if (!parent.missing_dash && value == parent.first_key && node.at.column == parent.first_key_column) {
      parent.missing_dash = true;
      note({Slip::Kind::missing_dash, node.at});
    }
  }

  Document& doc_;
  std::string_view text_;
  const Limits& limits_;
  // A list or mapping being read: where its children start on `children_`,
  // the values inside it so far (aliases expanded), its anchor's name or "".
  struct Open {
    Node* node;
    std::size_t first_child;
    std::size_t inside;
    std::string anchor;
    bool item = false;                // an item of a list
    std::string_view first_key = {};  // of a mapping, once read
    std::uint32_t first_key_column = 0;
    bool missing_dash = false;        // reported
  };
  std::vector<Open> open_;
  std::vector<const Node*> children_;  // of every open node, innermost last
  // An anchor's node and its size with aliases expanded.
  struct Anchor {
    const Node* node = nullptr;
    std::size_t size = 0;
  };
  std::unordered_map<std::string, Anchor> anchors_;
  std::size_t expanded_ = 0;          // in the whole document
  int documents_ = 0;
  std::optional<Location> second_document_;
  fy_mark sigil_{};     // a mark moved back onto its `*`, quote or `|`
  fy_mark properties_{};  // where an anchor starts
  fy_mark last_end_{};  // where the last scalar ended
};

namespace {

// The parser's first error, or an alias to nothing before it.
std::optional<ParserError> first_parser_error(std::string_view text) {
  Parser parser(text);
  if (!parser.ready()) return std::nullopt;
  // Only what makes the text not YAML: libfyaml's errors, and an alias to
  // no anchor before it.
  std::unordered_set<std::string> anchors;
  const auto anchor = [&](fy_token* token) {
    if (token != nullptr) anchors.emplace(text_of(token));
  };
  for (;;) {
    Event event(fy_parser_parse(parser.get()), EventFree{parser.get()});
    if (!event) break;
    switch (event->type) {
      case FYET_SCALAR: anchor(event->scalar.anchor); break;
      case FYET_SEQUENCE_START: anchor(event->sequence_start.anchor); break;
      case FYET_MAPPING_START: anchor(event->mapping_start.anchor); break;
      case FYET_ALIAS: {
        const std::string name(text_of(event->alias.anchor));
        if (anchors.count(name) == 0) {
          const fy_mark* mark = fy_event_start_mark(event.get());
          Location at = location(mark);
          if (mark != nullptr && mark->input_pos > 0 && mark->input_pos <= text.size() &&
              text[mark->input_pos - 1] == '*' && at.column > 1)
            --at.column;
          return ParserError{ParserError::Kind::unknown_alias, at, name};
        }
        break;
      }
      default: break;
    }
  }
  return parser.syntax_error();
}

// NEXT LINE (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR
// (U+2029) are line breaks to YAML 1.1 and to some programs, nothing or a
// space to others: a `satisfied: true` after one on the sponsor's line is
// read while an editor shows no such key. Refused wherever they are, so the
// file says what its reader sees.
std::optional<Error> check_hidden_line_breaks(std::string_view text) {
  struct Break {
    std::string_view bytes, name;
  };
  constexpr Break kBreaks[] = {{"\xC2\x85", "U+0085 NEXT LINE"},
                               {"\xE2\x80\xA8", "U+2028 LINE SEPARATOR"},
                               {"\xE2\x80\xA9", "U+2029 PARAGRAPH SEPARATOR"}};
  std::size_t first = std::string_view::npos;
  const Break* found = nullptr;
  for (const Break& b : kBreaks)
    if (const std::size_t at = text.find(b.bytes); at < first) {
      first = at;
      found = &b;
    }
  if (found == nullptr) return std::nullopt;
  // Where it is, columns in characters.
  const std::string_view before = text.substr(0, first);
  const std::size_t line_start = before.rfind('\n') + 1;  // 0 on the first line
  const auto line = std::uint32_t(std::count(before.begin(), before.end(), '\n') + 1);
  const auto column = std::uint32_t(
      std::count_if(before.begin() + std::ptrdiff_t(line_start), before.end(),
                    [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }) +
      1);
  return Error{{line, column},
               fmt::format("this line holds a hidden line break ({}), which some programs show "
                           "as a new line and others do not show at all, so the file may not say "
                           "what you see: replace it with an ordinary line break or a space",
                           found->name),
               ErrorKind::syntax};
}

}  // namespace

std::optional<ParserError> first_syntax_error(std::string_view text) {
  std::optional<ParserError> error = first_parser_error(text);
  // A line indented with a no-break space, unless the parser stops before it.
  if (const auto at = nbsp_indentation(text); at && (!error || at->line <= error->at.line))
    return ParserError{ParserError::Kind::nbsp_indentation, *at, {}};
  return error;
}

std::variant<Document, Error> parse(std::string_view text, const Limits& limits) {
  if (nbsp_indentation(text))
    if (const auto error = first_syntax_error(text)) return explain_syntax(*error, text, first_syntax_error);
  if (auto error = check_hidden_line_breaks(text)) return *error;
  Document doc;
  // A first block that fits a typical proposal's text, nodes and values
  // (about five times its text); later blocks grow from there.
  doc.arena_ = std::make_unique<Arena>(std::min<std::size_t>(4096 + 5 * text.size(), 1 << 20));
  char* copy = static_cast<char*>(doc.arena_->allocate(text.size() + 1, 1));
  std::copy(text.begin(), text.end(), copy);
  copy[text.size()] = '\0';
  doc.text_ = text = {copy, text.size()};
  Parser parser(text);
  if (!parser.ready())
    return Error{{1, 1}, "the YAML parser could not start: out of memory", ErrorKind::limit};
  try {
    Builder builder(doc, text, limits);
    builder.run(parser);
  } catch (const Stop& stop) {
    if (stop.syntax) return explain_syntax(*stop.syntax, text, first_syntax_error);
    return stop.error;
  }
  if (doc.root_ == nullptr)
    return Error{{1, 1}, "the file is empty: a proposal starts with `coprod: 1`", ErrorKind::format};
  return doc;
}

}  // namespace coprod::yaml
