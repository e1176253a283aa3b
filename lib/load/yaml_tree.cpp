#include "load/yaml_tree.h"

#include <istream>
#include <streambuf>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "core/utf8.h"

namespace coprod::yaml {

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

Location location(const YAML::Mark& mark) {
  return {std::uint32_t(mark.line + 1), std::uint32_t(mark.column + 1)};
}

// Reads a string in place, without copying it into a stringstream.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

// Thrown inside the event handler to stop the parse at a located problem.
struct Stop {
  Error error;
};

}  // namespace

class Builder : public YAML::EventHandler {
 public:
  Builder(Document& doc, const Limits& limits) : doc_(doc), limits_(limits) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node& node = make(Node::Kind::null, mark);
    finish(node, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (anchor >= anchors_.size() || anchors_[anchor] == nullptr)
      throw Stop{{location(mark), "this alias refers to the list or mapping that contains it"}};
    count(anchor_sizes_[anchor], mark, true);
    attach(*anchors_[anchor], mark);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (value.size() > limits_.max_scalar_bytes)
      throw Stop{{location(mark),
                  fmt::format("this value is {} bytes long, more than the limit of {} bytes for "
                              "one value; a proposal summarises, and links to long documents "
                              "as evidence",
                              value.size(), limits_.max_scalar_bytes)}};
    Node& node = make(Node::Kind::scalar, mark);
    node.plain = tag == "?";
    // A `!!binary` value is read as the text it encodes, so what it hides
    // (personal data, hidden characters) is checked like any other text.
    node.value = tag == "tag:yaml.org,2002:binary" ? base64_decode(value) : value;
    finish(node, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(make(Node::Kind::sequence, mark), anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(make(Node::Kind::mapping, mark), anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  Node& make(Node::Kind kind, const YAML::Mark& mark) {
    if (doc_.nodes_.size() >= limits_.max_nodes)
      throw Stop{{location(mark), fmt::format("this file has more than {} values, more than a "
                                              "proposal could need", limits_.max_nodes)}};
    count(1, mark, false);
    Node& node = doc_.nodes_.emplace_back();
    node.kind = kind;
    node.at = location(mark);
    return node;
  }

  // Adds `n` values to the document as a walk would see it, aliases expanded.
  void count(std::size_t n, const YAML::Mark& mark, bool alias) {
    expanded_ += n;
    if (expanded_ > limits_.max_expanded) {
      if (alias)
        throw Stop{{location(mark),
                    fmt::format("the aliases (*name) in this file repeat its values more than {} "
                                "times over; a proposal needs no such repetition: write the "
                                "values out, or use fewer aliases",
                                limits_.max_expanded)}};
      throw Stop{{location(mark), fmt::format("this file has more than {} values, more than a "
                                              "proposal could need", limits_.max_expanded)}};
    }
    if (!sizes_.empty()) sizes_.back() += n;
  }

  void attach(const Node& node, const YAML::Mark& mark) {
    if (open_.empty()) {
      if (doc_.root_ != nullptr) throw Stop{{location(mark), "unexpected content after the document"}};
      doc_.root_ = &node;
    } else {
      open_.back()->items.push_back(&node);
    }
  }

  // `size`: the node's values counted with its aliases expanded.
  void remember(const Node& node, YAML::anchor_t anchor, std::size_t size) {
    if (anchor == YAML::NullAnchor) return;
    if (anchors_.size() <= anchor) {
      anchors_.resize(anchor + 1, nullptr);
      anchor_sizes_.resize(anchor + 1, 0);
    }
    anchors_[anchor] = &node;
    anchor_sizes_[anchor] = size;
  }

  void finish(Node& node, YAML::anchor_t anchor) {
    node.anchored = anchor != YAML::NullAnchor;
    YAML::Mark mark;
    mark.line = int(node.at.line) - 1;
    mark.column = int(node.at.column) - 1;
    attach(node, mark);
    remember(node, anchor, 1);
  }

  void open(Node& node, YAML::anchor_t anchor) {
    if (open_.size() >= limits_.max_depth)
      throw Stop{{node.at, fmt::format("lists and mappings are nested more than {} deep here",
                                       limits_.max_depth)}};
    YAML::Mark mark;
    mark.line = int(node.at.line) - 1;
    mark.column = int(node.at.column) - 1;
    node.anchored = anchor != YAML::NullAnchor;
    attach(node, mark);
    open_.push_back(&node);
    pending_.push_back(anchor);
    sizes_.push_back(0);
  }

  // An anchor is usable only once its node is complete, so an alias can never
  // make a cycle.
  void close() {
    const Node* node = open_.back();
    open_.pop_back();
    const std::size_t inside = sizes_.back();
    sizes_.pop_back();
    if (!sizes_.empty()) sizes_.back() += inside;
    remember(*node, pending_.back(), inside + 1);
    pending_.pop_back();
  }

  Document& doc_;
  const Limits& limits_;
  std::vector<Node*> open_;
  std::vector<YAML::anchor_t> pending_;
  std::vector<const Node*> anchors_;
  std::vector<std::size_t> anchor_sizes_;  // by anchor: values with aliases expanded
  std::vector<std::size_t> sizes_;         // by open node: values inside it so far
  std::size_t expanded_ = 0;               // in the whole document
};

std::variant<Document, Error> parse(std::string_view text, const Limits& limits) {
  ViewBuffer buffer(text);
  std::istream in(&buffer);
  Document doc;
  try {
    YAML::Parser parser(in);
    Builder builder(doc, limits);
    if (!parser.HandleNextDocument(builder) || doc.root_ == nullptr)
      return Error{{1, 1}, "the file is empty: a proposal starts with `coprod: 1`"};
    struct Ignore : YAML::EventHandler {
      void OnDocumentStart(const YAML::Mark& m) override { start = m; }
      void OnDocumentEnd() override {}
      void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
      void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
      void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
      void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
      void OnSequenceEnd() override {}
      void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
      void OnMapEnd() override {}
      YAML::Mark start;
    } rest;
    if (parser.HandleNextDocument(rest))
      return Error{location(rest.start),
                   "a second YAML document starts here: a proposal file holds one document"};
  } catch (const Stop& stop) {
    return stop.error;
  } catch (const YAML::DeepRecursion& e) {
    return Error{location(e.mark), "lists and mappings are nested too deeply here"};
  } catch (const YAML::Exception& e) {
    std::string message = e.msg;
    if (!message.empty()) message[0] = char(std::tolower(static_cast<unsigned char>(message[0])));
    return Error{e.mark.is_null() ? Location{1, 1} : location(e.mark),
                 fmt::format("this is not valid YAML: {}", message)};
  }
  return doc;
}

}  // namespace coprod::yaml
