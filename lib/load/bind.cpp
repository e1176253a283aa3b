#include "load/bind.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/utf8.h"
#include "load/schema.h"
#include "load/validate.h"

namespace coprod {
namespace {

using yaml::Node;

std::string trimmed(std::string_view text) { return std::string(trim_blank(text)); }

// The value at `key` when given (not absent, not null).
const Node* given(const Node& map, std::string_view key) {
  const Node* value = map.find(key);
  return value == nullptr || value->is_null() ? nullptr : value;
}

Text text_of(const Node* node, Location fallback) {
  if (node == nullptr || !node->is_scalar() || is_blank(node->value)) return {{}, fallback};
  return {trimmed(node->value), node->at};
}

Text text(const Node& map, std::string_view key) { return text_of(given(map, key), map.at); }

Field<Date> date(const Node& map, std::string_view key) {
  const Node* value = given(map, key);
  if (value == nullptr) return {{}, map.at};
  return {Date::parse(value->value), value->at};
}

Field<bool> boolean(const Node& map, std::string_view key) {
  const Node* value = given(map, key);
  if (value == nullptr) return {{}, map.at};
  return {value->value == "true", value->at};
}

Field<long long> number(const Node& map, std::string_view key) {
  const Node* value = given(map, key);
  if (value == nullptr) return {{}, map.at};
  return {std::stoll(std::string(value->value)), value->at};
}

// A section or list: absent, marked not applicable, or given (then `fill`).
// The last line a node's text reaches (as far as the tree knows: where its
// last value starts). Bounded like every walk by the alias budget.
std::uint32_t last_line(const Node& node, std::size_t& budget) {
  std::uint32_t line = node.at.line;
  for (const Node* child : node.items) {
    if (budget == 0) break;
    --budget;
    line = std::max(line, last_line(*child, budget));
  }
  return line;
}

// Where a missing top-level section is reported: at the end of the section
// before which it belongs (in the format's order), so an editor opens where
// it should be written; the top of the file when none comes before it. Each
// given section is walked once, whatever the number of missing ones.
class MissingAt {
 public:
  explicit MissingAt(const Node& root) {
    Location at = root.at;
    for (const format::Key& k : format::proposal_document().keys) {
      before_.emplace_back(k.name, at);
      if (const Node* section = given(root, k.name)) {
        std::size_t budget = 1'000'000;
        at = {last_line(*section, budget), 1};
      }
    }
  }

  Location operator()(std::string_view key) const {
    for (const auto& [name, at] : before_)
      if (name == key) return at;
    return {};
  }

 private:
  std::vector<std::pair<std::string_view, Location>> before_;  // where each key would go
};

template <class T, class Fill>
Part<T> part(const Node& map, std::string_view key, Fill fill, std::optional<Location> absent = {}) {
  Part<T> out;
  const Node* value = given(map, key);
  // An absent or not-applicable section is filled from an empty mapping at its
  // place, so everything inside it is absent and located there.
  Node empty;
  empty.kind = Node::Kind::mapping;
  if (value == nullptr) {
    out.at = empty.at = absent.value_or(map.at);
    fill(empty, out.value);
    return out;
  }
  out.at = value->at;
  if (value->is_mapping()) {
    if (const Node* reason = value->find(format::kNotApplicableKey)) {
      out.state = Part<T>::State::not_applicable;
      out.reason = trimmed(reason->value);
      empty.at = value->at;
      fill(empty, out.value);
      return out;
    }
  }
  out.state = Part<T>::State::given;
  fill(*value, out.value);
  return out;
}

template <class T, class Item>
ListOf<T> list(const Node& map, std::string_view key, Item item,
               std::optional<Location> absent = {}) {
  return part<std::vector<T>>(
      map, key,
      [&](const Node& seq, std::vector<T>& out) {
        out.reserve(seq.items.size());
        for (const Node* node : seq.items) out.push_back(item(*node));
      },
      absent);
}

ListOf<Text> texts(const Node& map, std::string_view key) {
  return list<Text>(map, key, [](const Node& node) { return text_of(&node, node.at); });
}

Group group(const Node& n) {
  return {n.at,         text(n, "id"),          text(n, "name"),
          text(n, "kind"), number(n, "people"), texts(n, "communities"),
          text(n, "reached_via"), text(n, "paid"), texts(n, "roles"),
          text(n, "relationship")};
}

// `{date, link}`: the consideration of responses, an equality impact assessment.
Part<DatedLink> dated_link(const Node& map, std::string_view key) {
  return part<DatedLink>(map, key, [](const Node& n, DatedLink& d) {
    d.date = date(n, "date");
    d.link = text(n, "link");
  });
}

Activity activity(const Node& n) {
  return {n.at,          text(n, "id"),     text(n, "title"),      text(n, "method"),
          text(n, "stage"), text(n, "level"), date(n, "date"),     texts(n, "groups"),
          text(n, "venue"), text(n, "evidence")};
}

}  // namespace

Proposal bind_proposal(std::shared_ptr<const yaml::Document> doc, std::string file,
                       std::string directory) {
  const Node& root = doc->root();
  const MissingAt missing_at(root);
  Proposal p;
  p.file = std::move(file);
  p.directory = std::move(directory);
  p.at = root.at;

  const Node& info = *given(root, "proposal");
  p.proposal = {info.at,
                text(info, "id"),
                text(info, "title"),
                text(info, "organisation"),
                text(info, "system_level"),
                text(info, "lead"),
                text(info, "board"),
                date(info, "board_date"),
                text(info, "decision"),
                text(info, "contact"),
                text(info, "body")};

  p.origin = part<Origin>(root, "origin", [](const Node& n, Origin& o) {
    o.question = text(n, "question");
    o.sources = list<Source>(n, "sources", [](const Node& s) {
      return Source{s.at, text(s, "kind"), text(s, "detail")};
    });
    o.defined_with = texts(n, "defined_with");
    o.prior_commitments = list<Commitment>(n, "prior_commitments", [](const Node& c) {
      return Commitment{c.at, text(c, "what"), date(c, "date"), text(c, "kind")};
    });
  }, missing_at("origin"));

  p.who = part<Who>(root, "who", [](const Node& n, Who& w) {
    w.groups = list<Group>(n, "groups", group);
    w.seldom_heard = texts(n, "seldom_heard");
    w.system_levels = texts(n, "system_levels");
  }, missing_at("who"));

  p.how = part<How>(root, "how", [](const Node& n, How& h) {
    h.activities = list<Activity>(n, "activities", activity);
    h.power_sharing = text(n, "power_sharing");
    h.payment_policy = text(n, "payment_policy");
    h.accessibility = texts(n, "accessibility");
  }, missing_at("how"));

  p.outcomes = part<Outcomes>(root, "outcomes", [](const Node& n, Outcomes& o) {
    o.changes = list<Change>(n, "changes", [](const Node& c) {
      return Change{c.at, text(c, "heard"), text(c, "changed"), text(c, "from")};
    });
    o.not_adopted = list<NotAdopted>(n, "not_adopted", [](const Node& c) {
      return NotAdopted{c.at, text(c, "heard"), text(c, "reason")};
    });
    o.measures = list<Measure>(n, "measures", [](const Node& m) {
      return Measure{m.at, text(m, "name"), text(m, "domain"), text(m, "baseline"),
                     text(m, "target")};
    });
    o.inequalities = text(n, "inequalities");
    o.feedback_to_participants =
        part<Feedback>(n, "feedback_to_participants", [](const Node& f, Feedback& out) {
          out.date = date(f, "date");
          out.how = text(f, "how");
        });
  }, missing_at("outcomes"));

  p.questions = list<Question>(root, "questions", [](const Node& q) {
    return Question{q.at, text(q, "question"), text(q, "plan")};
  }, missing_at("questions"));

  p.continuation = part<Continuation>(root, "continuation", [](const Node& n, Continuation& c) {
    c.implementation = text(n, "implementation");
    c.evaluation = text(n, "evaluation");
  }, missing_at("continuation"));

  p.evaluation = part<Evaluation>(root, "evaluation", [](const Node& n, Evaluation& e) {
    e.method = text(n, "method");
    e.by = text(n, "by");
    e.findings = text(n, "findings");
    e.improvements = texts(n, "improvements");
  }, missing_at("evaluation"));

  p.assurance = part<Assurance>(root, "assurance", [](const Node& n, Assurance& a) {
    a.sponsor = text(n, "sponsor");
    a.ownership = text(n, "ownership");
    a.satisfied = boolean(n, "satisfied");
    a.signed_off_by = texts(n, "signed_off_by");
    a.dissent = list<Dissent>(n, "dissent", [](const Node& d) {
      return Dissent{d.at, text(d, "group"), text(d, "about"), text(d, "response"),
                     boolean(d, "resolved")};
    });
  }, missing_at("assurance"));

  p.consultation = part<Consultation>(root, "consultation", [](const Node& n, Consultation& c) {
    c.opened = date(n, "opened");
    c.closed = date(n, "closed");
    c.information_published = date(n, "information_published");
    c.information_link = text(n, "information_link");
    c.responses = number(n, "responses");
    c.responses_considered = dated_link(n, "responses_considered");
  }, missing_at("consultation"));

  p.equality = part<Equality>(root, "equality", [](const Node& n, Equality& e) {
    e.assessment = dated_link(n, "assessment");
  }, missing_at("equality"));

  p.scrutiny = part<Scrutiny>(root, "scrutiny", [](const Node& n, Scrutiny& s) {
    s.substantial_variation = boolean(n, "substantial_variation");
    s.consulted = date(n, "consulted");
    s.secretary_of_state_notified = date(n, "secretary_of_state_notified");
  }, missing_at("scrutiny"));

  p.publication = part<Publication>(root, "publication", [](const Node& n, Publication& pub) {
    pub.link = text(n, "link");
    pub.date = date(n, "date");
    pub.covers = texts(n, "covers");
    pub.formats = texts(n, "formats");
  }, missing_at("publication"));

  p.waivers = list<Waiver>(root, "waivers", [](const Node& w) {
    return Waiver{w.at, text(w, "rule"), text(w, "reason"), text(w, "approved_by"),
                  date(w, "expires")};
  }, missing_at("waivers"));

  p.source = std::move(doc);
  return p;
}

const Group* Proposal::group(std::string_view id) const {
  if (!who.given()) return nullptr;
  for (const Group& g : items(who->groups))
    if (g.id.given() && *g.id == id) return &g;
  return nullptr;
}

const Activity* Proposal::activity(std::string_view id) const {
  if (!how.given()) return nullptr;
  for (const Activity& a : items(how->activities))
    if (a.id.given() && *a.id == id) return &a;
  return nullptr;
}

}  // namespace coprod
