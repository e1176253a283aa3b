// The small pattern language the phrase lists are written in
// (evidence/phrases.h), and the words of a sentence it is matched against.
// Internal to lib/evidence; tests use it to check the lists.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace coprod::evidence {

// A word of a sentence: lower-case (ASCII), curly apostrophes made straight,
// a contraction written out ("didn't" is two words, "did" and "not"; "it's"
// is "it is"; a possessive "'s" is dropped). Hyphens and dashes separate
// words ("tick-box" is "tick box", "no-one" is "no one").
struct Word {
  std::string_view text;
  std::int32_t id = -1;              // its number in a Lexicon; -1 when no pattern names it
  std::uint32_t begin = 0, end = 0;  // the bytes of the sentence it comes from
  std::uint16_t clause = 0;          // counts , ; : ( ) [ ] and dashes before it
  std::int16_t quote = -1;           // the quotation it is inside, or -1
};

struct Quotation {
  std::uint32_t first = 0, end = 0;  // its words, [first, end)
  bool question = false;             // a ? inside it
};

struct Words {
  std::string storage;  // the words' text
  std::vector<Word> list;
  std::vector<Quotation> quotes;
  bool question = false;  // the sentence ends with a question mark
};

Words words_of(std::string_view sentence);

// Every word the patterns name, numbered, so that a sentence's words are
// looked up once each and patterns compare numbers.
class Lexicon {
 public:
  std::int32_t add(std::string_view word);
  std::int32_t find(std::string_view word) const;  // -1 when it was never added
  void identify(Words& words) const;               // sets each Word::id

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::int32_t, Hash, std::equal_to<>> ids_;
};

// A compiled pattern. The language, one element after another:
//   word      that word;              word*    any word that starts so
//   (a|b c)   one of these sequences; [a|b c]  optionally one of them
//   ~N        up to N words of anything (N from 1 to 9)
//   @name     one of the named word list's entries (each a sequence)
// Patterns start with a word, a prefix, a choice or a list (never with [ ] or
// ~N), so they can be found by their first word.
struct Node;
using Sequence = std::vector<Node>;
struct Choices;
struct Node {
  enum class Type : std::uint8_t { word, prefix, choice, optional, gap } type = Type::word;
  std::string text;                       // word, prefix
  std::int32_t id = -1;                   // word: its number in the Lexicon
  int count = 0;                          // gap
  std::shared_ptr<const Choices> choices;  // choice, optional (a list is a shared choice)
};
// The alternatives of a choice: those of one word looked up at once (their
// numbers, sorted), the others tried in turn.
struct Choices {
  std::vector<std::int32_t> words;
  std::vector<Sequence> sequences;
};

struct ListDefinition {
  std::string_view name;
  std::string_view entries;  // "members|carers|young people"
};

// Throws std::invalid_argument, naming the pattern, when it is not well formed
// or names a list not given. Its words are numbered in `lexicon`; a sentence
// is matched after Lexicon::identify.
Sequence compile(std::string_view pattern, const std::vector<ListDefinition>& lists, Lexicon& lexicon);

// A set of patterns indexed by their first words.
class PatternSet {
 public:
  void add(Sequence pattern, std::size_t id);

  struct Match {
    std::size_t id;
    std::uint32_t begin, end;                                 // words [begin, end)
    std::vector<std::pair<std::uint32_t, std::uint32_t>> gaps;  // words taken by ~N
  };
  // Each pattern that matches starting at word `at` (words identified by the
  // patterns' lexicon), with its shortest match:
  // those its first word finds in the order added, then those a prefix finds.
  void matches_at(const std::vector<Word>& words, std::uint32_t at, std::vector<Match>& out) const;
  // Whether one of them matches at `at`; the end of the first that does.
  bool any_at(const std::vector<Word>& words, std::uint32_t at, std::uint32_t& end) const;
  std::size_t size() const { return patterns_.size(); }

 private:
  std::vector<std::pair<Sequence, std::size_t>> patterns_;
  std::vector<std::vector<std::uint32_t>> by_word_;  // by a first word's number
  std::vector<std::pair<std::string, std::uint32_t>> by_prefix_;
};

}  // namespace coprod::evidence
