#include "render/appendix.h"

#include <algorithm>
#include <array>
#include <deque>
#include <filesystem>
#include <map>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "core/ascii.h"
#include "core/escape.h"
#include "core/suggest.h"
#include "load/vocabulary.h"
#include "privacy/personal_data.h"
#include "render/ladder_svg.h"
#include "render/portfolio.h"
#include "render/render.h"
#include "render/templates.h"
#include "rules/registry.h"
#include "rules/terms.h"

namespace coprod {
namespace {

using kainjow::mustache::data;

// What the "how this was checked" note names as the rules applied: each
// framework's own name for them where it has one ("the board assurance
// rules, version 2"), then the others together ("the legal duties and NHS
// England principles frameworks").
std::string rules_checked(const Result& result) {
  std::vector<std::string> named, others;
  for (const FrameworkResult& f : result.frameworks)
    if (f.framework->checked_as.empty()) others.emplace_back(f.framework->in_text);
    else named.emplace_back(f.framework->checked_as);
  if (!others.empty())
    named.push_back(fmt::format("the {} {}", join_words(others, "and"),
                                others.size() == 1 ? "framework" : "frameworks"));
  std::string out;
  for (const std::string& n : named) out += (out.empty() ? "" : ", and ") + n;
  return out;
}

// The parts of the proposal the statement has a section about, in its
// order, headed as the templates head them (a test holds them to it).
constexpr AppendixPart kParts[] = {
    {"who", "Who was involved"},
    {"how", "How people were involved"},
    {"outcomes", "Outcomes: what changed"},
    {"questions", "New questions to explore"},
    {"continuation", "How co-production will continue"},
    {"evaluation", "Evaluation of the co-production process"},
    {"assurance", "Assurance"},
};

// Where the findings every selection carries are shown (the integrity item).
constexpr std::string_view kIntegritySection = "The evidence itself";

std::string_view part_title(std::string_view key) {
  for (const AppendixPart& part : kParts)
    if (part.key == key) return part.title;
  return "";
}

// Whether a framework shows its items beside the proposal's parts, rather
// than in a section of its own.
bool in_parts(const Framework& framework) { return !framework.appendix.empty(); }

// How the appendix names a finding's weight: a board reads what it means for
// the decision, not the check's severity word.
// A status's colour where a format has one (Word): the HTML stylesheet's.
std::string_view colour_of(Status status) {
  switch (status) {
    case Status::met: return "1E6B34";
    case Status::partly_met: return "7A4B00";
    case Status::not_met: return "A3211D";
    case Status::not_applicable: return "4A4A4A";
  }
  return "1F1F1F";
}

// An item as the checklist names it to a board: "Integrity" alone reads
// as a judgement of people, so it says what was checked (the evidence agrees
// with itself, and nobody who took part disowns the process).
std::string_view checklist_title(const ItemInfo& item) {
  return &item == &kIntegrity ? std::string_view("Integrity of the evidence and the process") : item.title;
}

// A group's name as a sentence uses it: "the Experts by Experience group",
// "Family carers". A name that ends in a word for a body of people takes
// "the"; one that already starts with an article is left as written.
std::string in_sentence(const std::string& name) {
  static constexpr std::string_view kBodies[] = {"group", "panel", "forum", "network", "association",
                                                "board", "committee", "council", "partnership", "team",
                                                "alliance", "collective", "society", "trust", "service"};
  const auto space = name.rfind(' ');
  const std::string last = ascii::to_lower(name.substr(space == std::string::npos ? 0 : space + 1));
  const std::string start = ascii::to_lower(name.substr(0, 4));
  if (start == "the " || start.starts_with("a ") || start.starts_with("an ")) return name;
  for (std::string_view body : kBodies)
    if (last == body) return "the " + name;
  return name;
}

std::string_view kind_of(Severity severity) {
  switch (severity) {
    case Severity::blocking: return "a reason not to proceed";
    case Severity::warning: return "a condition";
    case Severity::advice: return "advice";
  }
  return "";
}

// Redacts proposal text on its way into the appendix and counts what it
// removed. The same item at the same place counts once, however often it is
// shown (a group's name in two tables, a finding that quotes a value).
class Redactor {
 public:
  explicit Redactor(bool on) : on_(on) {}

  std::string operator()(const std::string& text, Location at, TextRole role = TextRole::prose) {
    const auto matches = find_personal_data(text, role);
    for (const PersonalDataMatch& m : matches)
      count_ += seen_.insert({at, text.substr(m.offset, m.length)}).second;
    return shown(text, on_ && !matches.empty(), Newlines::keep, role);
  }

  std::size_t count() const { return count_; }
  bool on() const { return on_; }

 private:
  bool on_;
  std::set<std::pair<Location, std::string>> seen_;
  std::size_t count_ = 0;
};

// Words for the vocabulary a board reads: "problem-definition" → "Problem definition".
// A role written like an id, as a sentence names it: "executive-sponsor" is
// "Executive sponsor".
std::string words(std::string_view id) {
  std::string out(id);
  std::replace(out.begin(), out.end(), '-', ' ');
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// A value of one of the format's lists, as a table shows it; false when not given.
template <class E>
data label_of(const Field<E>& field) {
  return field.given() ? data(std::string(vocab::label(*field))) : data(false);
}

// Rows are gathered in a deque, which never moves what it holds: a vector
// of kainjow's data copies every row each time it grows (render/templates.h
// append()), and the appendix of an 8 MB proposal took over a gigabyte.
using Rows = std::deque<data>;

data list_of(Rows values) {
  data list{data::type::list};
  for (data& value : values) append(list, std::move(value));
  return list;
}

// A Part the proposal marked not applicable gets its reason; otherwise false.
template <class T>
data not_applicable(const Part<T>& part, Redactor& r) {
  return part.not_applicable() ? data(r(part.reason, part.at)) : data(false);
}

class Builder {
 public:
  Builder(const Result& result, const AppendixOptions& options)
      : result_(result), p_(*result.proposal), terms_(p_, options.checked_on), options_(options), r_(options.redact) {}

  data build() {
    data d;
    const ProposalInfo& info = p_.proposal;
    // The base name only: the path as typed may hold a user's name (/home/jo/…).
    d["file"] = std::filesystem::path(result_.file).filename().string();
    d["generator"] = fmt::format("coprod {}", COPROD_VERSION);
    d["rules_version"] = rules_checked(result_);
    d["checked_on"] = long_date(options_.checked_on);
    if (std::string evidence = evidence_read(result_); !evidence.empty()) {
      evidence[0] = static_cast<char>(evidence[0] >= 'a' && evidence[0] <= 'z' ? evidence[0] - 'a' + 'A' : evidence[0]);
      d["evidence_read"] = std::move(evidence);
    } else {
      d["evidence_read"] = false;
    }
    d["id"] = text(info.id);
    d["title"] = info.title.given() ? data(r_(*info.title, info.title.at)) : data("Untitled proposal");
    d["organisation"] = text(info.organisation);
    d["system_level"] = label_of(info.system_level);
    d["lead"] = text(info.lead);
    d["board"] = text(info.board);
    d["board_date"] = info.board_date.given() ? data(long_date(*info.board_date)) : data(false);
    d["decision"] = text(info.decision);
    // The printed page's running header and footer, drawn from the stylesheet.
    const std::string title = info.title.given() ? r_(*info.title, info.title.at) : "Untitled proposal";
    d["css_title"] = css_string(title);
    d["css_reference"] = css_string(info.id.given() ? r_(*info.id, info.id.at) : std::string());
    d["css_checked"] = css_string(fmt::format("Checked {}", long_date(options_.checked_on)));
    d["contact"] = info.contact.given() ? data(r_(*info.contact, info.contact.at, TextRole::contact)) : data(false);

    d["full"] = options_.full;
    d["summary"] = !options_.full;
    d["verdict"] = verdict();
    d["dissent"] = dissent();
    d["checklist"] = checklist();
    d["has_checklist"] = !d["checklist"].is_empty_list();

    d["origin"] = origin();
    d["who"] = who();
    d["how"] = how();
    d["outcomes"] = outcomes();
    d["questions"] = questions();
    d["continuation"] = continuation();
    d["evaluation"] = evaluation();
    d["assurance"] = assurance();
    for (const AppendixPart& part : kParts) d[std::string(part.key)]["checks"] = checks_in(part.key);
    d["integrity"] = item_data(kIntegrity);
    findings(d);
    d["frameworks"] = own_sections();
    d["unmet"] = unmet();
    d["has_unmet"] = !d["unmet"].is_empty_list();

    // Last, so it counts every value shown above.
    const std::size_t n = r_.count();
    d["personal_data_count"] = std::to_string(n);
    d["redacted"] = r_.on() && n > 0;
    d["not_redacted"] = !r_.on() && n > 0;
    d["redaction_note"] =
        n == 0 ? data(false)
        : r_.on()
            ? data(fmt::format("{} personal data {} redacted from this appendix.",
                               count(n, "item of", "items of"), n == 1 ? "was" : "were"))
            : data(fmt::format("This appendix shows {} personal data, because redaction was turned off "
                               "(--no-redact). Board papers are published: check before you share it.",
                               count(n, "item of", "items of")));
    return d;
  }

 private:
  data text(const Text& field) { return field.given() ? data(r_(*field, field.at)) : data(false); }

  std::vector<std::string> texts(const ListOf<Text>& list) {
    std::vector<std::string> out;
    for (const Text& t : items(list))
      if (t.given()) out.push_back(r_(*t, t.at));
    return out;
  }

  std::string group_name(const Text& id) {
    if (!id.given()) return {};
    const Group* g = terms_.group(*id);
    if (g == nullptr) return words(r_(*id, id.at));  // a role: "executive-sponsor"
    if (!g->name.given()) return r_(*id, id.at);
    return r_(*g->name, g->name.at);
  }

  data verdict() {
    data v;
    v["label"] = std::string(verdict_label(result_));
    v["id"] = std::string(id(result_.verdict));
    v["assured"] = result_.verdict == Verdict::assured;
    v["conditional"] = result_.verdict == Verdict::conditional;
    v["do_not_proceed"] = result_.verdict == Verdict::do_not_proceed;
    // Each unmet outcome once, however many findings it has: the findings
    // themselves are in the sections the verdict points to.
    v["reasons"] = outcomes_at(Severity::blocking);
    v["conditions"] = outcomes_at(Severity::warning);
    v["has_reasons"] = !v["reasons"].is_empty_list();
    v["has_conditions"] = !v["conditions"].is_empty_list();
    v["reason"] = verdict_reason();
    v["colour"] = std::string(result_.verdict == Verdict::assured       ? colour_of(Status::met)
                              : result_.verdict == Verdict::conditional ? colour_of(Status::partly_met)
                                                                        : colour_of(Status::not_met));
    return v;
  }

  // The verdict's reason in a sentence: how many reasons to stop and
  // conditions stand, which the board's paper then sets out item by item.
  std::string verdict_reason() const {
    std::set<const Rule*> blocking, conditions;
    for (const Finding& f : result_.findings)
      if (f.counts() && f.severity == Severity::blocking) blocking.insert(f.rule);
      else if (f.counts() && f.severity == Severity::warning) conditions.insert(f.rule);
    if (blocking.empty() && conditions.empty()) {
      // "Every item is met" is not said beside an item that is not applicable.
      const std::string not_applicable = items_not_applicable();
      return not_applicable.empty()
                 ? "Every item on the checklist is met."
                 : fmt::format("Every item on the checklist that applies is met (not applicable: {}).",
                               not_applicable);
    }
    std::vector<std::string> parts;
    if (!blocking.empty()) parts.push_back(count(blocking.size(), "reason not to proceed", "reasons not to proceed"));
    if (!conditions.empty()) parts.push_back(count(conditions.size(), "condition", "conditions"));
    std::string out = join_words(parts, "and");
    out[0] = static_cast<char>(out[0] >= 'a' && out[0] <= 'z' ? out[0] - 'a' + 'A' : out[0]);
    return out + (blocking.size() + conditions.size() == 1 ? ", set out below." : ", set out below by checklist item.");
  }

  // "Continuation and Evaluation": the items not applicable, by their titles.
  std::string items_not_applicable() const {
    std::vector<std::string> titles;
    for (const FrameworkResult& f : result_.frameworks)
      for (const ItemResult& i : f.items)
        if (i.status == Status::not_applicable) titles.emplace_back(i.item->title);
    return join_words(titles, "and");
  }

  data outcomes_at(Severity severity) {
    Rows rows;
    std::set<const Rule*> listed;
    for (const Finding& f : result_.findings) {
      if (!f.counts() || f.severity != severity || !listed.insert(f.rule).second) continue;
      data row;
      row["outcome"] = std::string(f.rule->title);
      row["section"] = std::string(section_of(shown_under(f)));
      rows.push_back(std::move(row));
    }
    return list_of(std::move(rows));
  }

  // The item the appendix shows a finding under (render.h place_of):
  // Integrity for a rule every selection carries.
  const ItemInfo* shown_under(const Finding& f) const { return place_of(*f.rule, result_).item; }

  // The frameworks in the order the appendix reads their statuses: those
  // shown beside the proposal's parts first, so that Integrity is counted
  // as they count it (without their absolutes, shown under their own items).
  std::vector<const FrameworkResult*> by_parts_first() const {
    std::vector<const FrameworkResult*> out;
    for (const bool parts : {true, false})
      for (const FrameworkResult& f : result_.frameworks)
        if (in_parts(*f.framework) == parts) out.push_back(&f);
    return out;
  }

  // Items are values of their framework, so one item is in one framework;
  // Integrity, in every one, as the first of by_parts_first() has it.
  Status status_of(const ItemInfo* item) const {
    for (const FrameworkResult* f : by_parts_first())
      for (const ItemResult& i : f->items)
        if (i.item == item) return i.status;
    return Status::met;
  }

  // The heading of the section that shows an item's findings: the proposal's
  // part it is shown beside, else its framework's own section.
  std::string_view section_of(const ItemInfo* item) const {
    if (item == &kIntegrity) return kIntegritySection;
    for (const FrameworkResult& f : result_.frameworks) {
      for (const AppendixPlace& place : f.framework->appendix)
        if (place.item == item) return part_title(place.part);
      if (std::find(f.framework->items.begin(), f.framework->items.end(), item) != f.framework->items.end())
        return f.framework->title;
    }
    return "";
  }

  // "Met", or "Met (waived: reason, approved by …, until …)" when an
  // agreed waiver is why it is met.
  std::string status_text(const ItemInfo* item, Status status) {
    std::string out(label(status));
    std::vector<std::string> waivers;
    std::set<std::string> said;
    for (const Finding& f : result_.findings) {
      if (shown_under(f) != item || !f.waiver || f.not_applicable) continue;
      std::string reason = r_(f.waiver->reason, f.at);
      while (!reason.empty() && (reason.back() == '.' || reason.back() == ' ')) reason.pop_back();
      std::string w =
          f.waiver->reconciliation
              ? fmt::format("{}, as {} confirmed", reason, r_(f.waiver->approved_by, f.at))
              : fmt::format("{}, approved by {}, until {}", reason,
                            r_(f.waiver->approved_by, f.at), long_date(f.waiver->expires));
      if (said.insert(w).second) waivers.push_back(std::move(w));
    }
    for (std::size_t i = 0; i < waivers.size(); ++i)
      out += fmt::format("{}{}", i == 0 ? " (waived: " : "; ", waivers[i]);
    if (!waivers.empty()) out += ")";
    return out;
  }

  data status_data(const ItemInfo* item) { return status_data(item, status_of(item)); }

  data status_data(const ItemInfo* item, Status s) {
    data d;
    d["status"] = status_text(item, s);
    d["status_id"] = std::string(id(s));
    d["letter"] = std::string(rag_letter(s));
    d["colour"] = std::string(colour_of(s));
    return d;
  }

  // Whether a finding is shown: advice speaks to the author, so only the
  // full detail has it.
  bool shown(const Finding& f) const {
    return f.counts() && (options_.full || f.severity != Severity::advice);
  }

  // The items not met or partly met, in the checklist's order, each once
  // with what would meet it: the board's reasons to stop, or its conditions.
  data unmet() {
    Rows rows;
    std::set<const ItemInfo*> listed;
    for (const FrameworkResult* f : by_parts_first())
      for (const ItemResult& i : f->items) {
        data gap_list = gaps(i.item);
        if (gap_list.is_empty_list() || !listed.insert(i.item).second) continue;
        data row = item_data(*i.item);
        row["title"] = std::string(checklist_title(*i.item));
        rows.push_back(std::move(row));
      }
    return list_of(std::move(rows));
  }

  // The checklists of the frameworks shown beside the proposal's parts, then
  // Integrity once; empty when every framework has a section of its own.
  data checklist() {
    Rows rows;
    for (const FrameworkResult& f : result_.frameworks)
      if (in_parts(*f.framework))
        for (const ItemInfo* item : f.framework->items) rows.push_back(checklist_row(*item));
    if (!rows.empty()) rows.push_back(checklist_row(kIntegrity));
    return list_of(std::move(rows));
  }

  data checklist_row(const ItemInfo& item) {
    data row = status_data(&item);
    row["number"] = item.number > 0 ? data(std::to_string(item.number)) : data(false);
    row["title"] = std::string(checklist_title(item));
    row["item"] = std::string(item.id);
    return row;
  }

  // The items a part of the proposal shows beside what it says there, of
  // every framework that places one there, in the order checked.
  data checks_in(std::string_view part) {
    Rows checks;
    for (const FrameworkResult& f : result_.frameworks)
      for (const AppendixPlace& place : f.framework->appendix)
        if (place.part == part) checks.push_back(item_data(*place.item));
    return list_of(std::move(checks));
  }

  data finding_data(const Finding& f) {
    data d;
    d["rule"] = std::string(f.rule->id);
    d["rule_title"] = std::string(f.rule->title);
    d["outcome"] = std::string(f.rule->title);
    d["item_title"] = std::string(shown_under(f)->title);
    d["section"] = std::string(section_of(shown_under(f)));
    d["severity"] = std::string(name(f.severity));
    d["kind"] = std::string(kind_of(f.severity));
    d["message"] = r_(f.message, f.at);
    // The board's version lists findings as sentences: a capital, a full stop.
    std::string sentence = r_(f.message, f.at);
    if (!sentence.empty() && sentence[0] >= 'a' && sentence[0] <= 'z')
      sentence[0] = static_cast<char>(sentence[0] - 'a' + 'A');
    if (!sentence.empty() && sentence.back() != '.' && sentence.back() != '"' && sentence.back() != '?')
      sentence += '.';
    d["sentence"] = std::move(sentence);
    d["quote"] = std::string(f.rule->quote);
    d["source"] = std::string(f.rule->source);
    if (f.waiver) {
      d["waiver_reason"] = r_(f.waiver->reason, f.at);
      d["waiver_approved_by"] = r_(f.waiver->approved_by, f.at);
      d["waiver_expires"] = f.waiver->reconciliation ? data(false) : data(long_date(f.waiver->expires));
    } else {
      d["waiver_reason"] = false;
      d["waiver_approved_by"] = false;
      d["waiver_expires"] = false;
    }
    return d;
  }

  // An item's findings that count, one entry per unmet outcome (rule) with
  // what was found under it: each finding once, in its own section.
  data gaps(const ItemInfo* item) {
    Rows rows;
    std::map<const Rule*, std::size_t> row_of;
    std::deque<Rows> found;
    for (const Finding& f : result_.findings) {
      if (shown_under(f) != item || !shown(f)) continue;
      auto [it, fresh] = row_of.try_emplace(f.rule, rows.size());
      if (fresh) {
        data row;
        row["outcome"] = std::string(f.rule->title);
        row["kind"] = std::string(kind_of(f.severity));
        row["severity"] = std::string(name(f.severity));
        rows.push_back(std::move(row));
        found.emplace_back();
      }
      found[it->second].push_back(finding_data(f));
    }
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i]["findings"] = list_of(std::move(found[i]));
    return list_of(std::move(rows));
  }

  data item_data(const ItemInfo& item) {
    data d = status_data(&item);
    d["number"] = item.number > 0 ? data(std::to_string(item.number)) : data(false);
    d["title"] = std::string(item.title);
    d["section"] = std::string(section_of(&item));
    // One quote, and only where the item is not met: why it matters, said
    // by the rule behind its first gap, or else by the item's first rule.
    // Six under "Who?" would be a wall no board member reads.
    const Status status = status_of(&item);
    const bool unmet = status == Status::not_met || status == Status::partly_met;
    const Finding* first = nullptr;
    for (const Finding& f : result_.findings)
      if (unmet && shown_under(f) == &item && f.counts() && f.severity != Severity::advice &&
          !f.rule->quote.empty()) {
        first = &f;
        break;
      }
    const Rule* quoted = first != nullptr ? first->rule : nullptr;
    if (quoted == nullptr && unmet)
      for (const Rule* rule : all_rules())
        if (rule->item == &item && !rule->quote.empty()) {
          quoted = rule;
          break;
        }
    Rows quotes;
    if (quoted != nullptr) {
      data q;
      q["quote"] = std::string(quoted->quote);
      q["source"] = std::string(quoted->source);
      quotes.push_back(std::move(q));
    }
    Rows found;
    for (const Finding& f : result_.findings)
      if (shown_under(f) == &item && shown(f)) found.push_back(finding_data(f));
    d["has_findings"] = !found.empty();
    d["quotes"] = list_of(std::move(quotes));
    d["findings"] = list_of(std::move(found));
    d["gaps"] = gaps(&item);
    return d;
  }

  // A section for each framework that does not show its items beside the
  // proposal's parts: its verdict, a preface where it has one, its checklist
  // and its gaps.
  data own_sections() {
    Rows sections;
    for (const FrameworkResult& f : result_.frameworks) {
      if (in_parts(*f.framework)) continue;
      data d;
      d["title"] = std::string(f.framework->title);
      d["question"] = std::string(f.framework->question);
      d["preface"] = f.framework->preface.empty() ? data(false) : data(std::string(f.framework->preface));
      d["verdict"] = std::string(label(f.verdict, *f.framework));
      d["verdict_id"] = std::string(id(f.verdict));
      d["colour"] = std::string(f.verdict == Verdict::assured       ? colour_of(Status::met)
                                : f.verdict == Verdict::conditional ? colour_of(Status::partly_met)
                                                                    : colour_of(Status::not_met));
      Rows rows, items;
      for (const ItemResult& item : f.items) {
        data row = status_data(item.item, item.status);
        row["number"] = item.item->number > 0 ? data(std::to_string(item.item->number)) : data(false);
        row["title"] = std::string(checklist_title(*item.item));
        rows.push_back(row);
        // The integrity findings are shown once, in their own section.
        if (item.item == &kIntegrity) continue;
        data gap_list = gaps(item.item);
        if (gap_list.is_empty_list()) continue;
        row["gaps"] = std::move(gap_list);
        items.push_back(std::move(row));
      }
      d["checklist"] = list_of(std::move(rows));
      d["items"] = list_of(std::move(items));
      sections.push_back(std::move(d));
    }
    return list_of(std::move(sections));
  }

  data origin() {
    data d;
    const auto& o = p_.origin;
    d["na_reason"] = not_applicable(o, r_);
    d["question"] = o.given() ? text(o->question) : data(false);
    Rows sources;
    if (o.given())
      for (const Source& s : items(o->sources)) {
        data row;
        row["kind"] = label_of(s.kind);
        row["detail"] = text(s.detail);
        sources.push_back(std::move(row));
      }
    d["sources"] = list_of(std::move(sources));
    std::vector<std::string> with;
    if (o.given())
      for (const Text& id : items(o->defined_with)) with.push_back(in_sentence(group_name(id)));
    d["defined_with"] = with.empty() ? data(false) : data(join_words(with, "and"));
    Rows commitments;
    if (o.given())
      for (const Commitment& c : items(o->prior_commitments)) {
        data row;
        row["what"] = text(c.what);
        row["date"] = c.date.given() ? data(long_date(*c.date)) : data(false);
        row["kind"] = label_of(c.kind);
        commitments.push_back(std::move(row));
      }
    d["has_prior_commitments"] = !commitments.empty();
    d["prior_commitments"] = list_of(std::move(commitments));
    return d;
  }

  data who() {
    data d;
    const auto& w = p_.who;
    d["na_reason"] = not_applicable(w, r_);
    Rows groups;
    long long total = 0;
    bool all_counted = true;
    if (w.given())
      for (const Group& g : items(w->groups)) {
        data row;
        row["name"] = g.name.given() ? data(r_(*g.name, g.name.at)) : text(g.id);
        row["kind"] = label_of(g.kind);
        row["people"] = g.people.given() ? data(std::to_string(*g.people)) : data(false);
        std::vector<std::string> communities;
        for (const Field<Community>& c : items(g.communities))
          if (c.given()) communities.emplace_back(vocab::label(*c));
        // A table cell's list: labels, each capitalised, so commas and no "and".
        std::string joined;
        for (const std::string& c : communities) joined += (joined.empty() ? "" : ", ") + c;
        row["communities"] = communities.empty() ? data(false) : data(joined);
        row["reached_via"] = label_of(g.reached_via);
        row["paid"] = label_of(g.paid);
        if (g.people.given()) total += *g.people;
        else all_counted = false;
        groups.push_back(std::move(row));
      }
    d["groups_na_reason"] = w.given() ? not_applicable(w->groups, r_) : data(false);
    d["has_groups"] = !groups.empty();
    d["group_count"] = count(groups.size(), "group", "groups");
    d["total_people"] = groups.empty() ? data(false)
                                       : data(fmt::format("{}{}", all_counted ? "" : "at least ", total));
    d["groups"] = list_of(std::move(groups));
    Rows seldom;
    if (w.given())
      for (const std::string& s : texts(w->seldom_heard)) seldom.emplace_back(data("text", s));
    d["seldom_heard"] = list_of(std::move(seldom));
    std::vector<std::string> levels;
    if (w.given())
      for (const Field<SystemLevel>& t : items(w->system_levels))
        if (t.given()) levels.emplace_back(vocab::phrase(*t));
    d["system_levels"] = levels.empty() ? data(false) : data(join_words(levels, "and"));
    return d;
  }

  data how() {
    data d;
    const auto& h = p_.how;
    d["na_reason"] = not_applicable(h, r_);
    d["activities_na_reason"] = h.given() ? not_applicable(h->activities, r_) : data(false);
    const std::vector<const Activity*> activities = timeline();
    Rows rows;
    std::vector<LadderPoint> points;
    for (const Activity* a : activities) {
      const int number = static_cast<int>(rows.size()) + 1;
      rows.push_back(activity_row(*a, number));
      if (a->date.given() && terms_.level_reached(*a) >= 0) points.push_back(ladder_point(*a, number));
    }
    d["has_activities"] = !rows.empty();
    d["summary"] = rows.empty() ? data(false) : data(activities_summary(activities));
    d["activities"] = list_of(std::move(rows));
    d["ladder_svg"] = options_.ladder_svg && !points.empty()
                          ? data(ladder_svg(points, p_.proposal.board_date.given()
                                                        ? std::optional<Date>(*p_.proposal.board_date)
                                                        : std::nullopt))
                          : data(false);
    d["power_sharing"] = h.given() ? text(h->power_sharing) : data(false);
    d["payment_policy"] = h.given() ? text(h->payment_policy) : data(false);
    const std::vector<std::string> access = h.given() ? texts(h->accessibility) : std::vector<std::string>{};
    // A list, not a sentence: each arrangement is written as a sentence of its own.
    Rows access_list;
    for (const std::string& a : access) access_list.emplace_back(data("text", a));
    d["has_accessibility"] = !access_list.empty();
    d["accessibility"] = list_of(std::move(access_list));
    return d;
  }

  // The activities by date; undated ones last, in the order written.
  std::vector<const Activity*> timeline() const {
    std::vector<const Activity*> out;
    if (p_.how.given())
      for (const Activity& a : items(p_.how->activities)) out.push_back(&a);
    std::stable_sort(out.begin(), out.end(), [](const Activity* a, const Activity* b) {
      if (a->date.given() != b->date.given()) return a->date.given();
      return a->date.given() && *a->date < *b->date;
    });
    return out;
  }

  // A row of the activities table. What happened, with whom and when
  // (rules/terms.h), not the labels: a level is shown as its method caps
  // it, and planned work as planned.
  data activity_row(const Activity& a, int number) {
    const int rung = terms_.level_reached(a);
    data row;
    row["number"] = std::to_string(number);
    row["title"] = a.title.given() ? data(r_(*a.title, a.title.at)) : text(a.id);
    row["date"] = !a.date.given()   ? data("No date given")
                  : terms_.done(a) ? data(long_date(*a.date))
                                   : data(long_date(*a.date) + " (planned, not yet held)");
    row["method"] = label_of(a.method);
    row["stage"] = label_of(a.stage);
    row["level"] = !a.level.given() ? data(false)
                   : rung < vocab::rung(*a.level)
                       ? data(fmt::format("{} (described as {})", vocab::label(vocab::level_at(rung)),
                                          vocab::label(*a.level)))
                       : label_of(a.level);
    row["rung"] = rung >= 0 ? data(fmt::format("{} of {}", rung + 1, vocab::count<Level>())) : data(false);
    row["before_redesign"] = before_redesign(a);
    std::vector<std::string> names;
    for (const Text& g : items(a.groups)) names.push_back(group_name(g));
    row["groups"] = names.empty() ? data(false) : data(join_words(names, "and"));
    row["venue"] = text(a.venue);
    row["evidence"] = text(a.evidence);
    return row;
  }

  // A dated activity with a level, on the ladder chart.
  LadderPoint ladder_point(const Activity& a, int number) {
    LadderPoint point;
    point.number = number;
    point.title = a.title.given() ? r_(*a.title, a.title.at) : std::string();
    point.date = *a.date;
    point.rung = terms_.level_reached(a);
    point.before_redesign = before_redesign(a);
    return point;
  }

  static bool before_redesign(const Activity& a) {
    return a.stage.given() && vocab::is_before_redesign(*a.stage);
  }

  // "3 activities, 2 before the redesign. One is planned, and not yet held.
  // The deepest involvement … reached Co-design (rung 6 of 7 …)."
  std::string activities_summary(const std::vector<const Activity*>& activities) const {
    int before = 0, deepest = -1, planned = 0;
    for (const Activity* a : activities) {
      const bool done = terms_.done(*a);
      before += before_redesign(*a) && done;
      planned += !done;
      if (done && terms_.with_community_voice(*a)) deepest = std::max(deepest, terms_.level_reached(*a));
    }
    std::string summary = fmt::format("{}, {} before the redesign.",
                                      count(activities.size(), "activity", "activities"), before);
    if (planned > 0)
      summary += fmt::format(" {} planned, and not yet held.",
                             planned == 1 ? std::string("One is") : fmt::format("{} are", planned));
    if (deepest >= 0)
      summary += fmt::format(" The deepest involvement of people who use services, carers or "
                             "community members reached {} (rung {} of {} on the ladder of "
                             "co-production).",
                             vocab::id(vocab::level_at(deepest)), deepest + 1, vocab::count<Level>());
    else
      summary += " People who use services, carers or community members took part in none of "
                 "the activities held.";
    return summary;
  }

  data outcomes() {
    data d;
    const auto& o = p_.outcomes;
    d["na_reason"] = not_applicable(o, r_);
    Rows changes, rejected;
    // The measures of each domain, and last those with none.
    constexpr std::size_t kNoDomain = vocab::count<Domain>();
    std::array<Rows, kNoDomain + 1> by_domain;
    if (o.given()) {
      for (const Change& c : items(o->changes)) {
        data row;
        row["heard"] = text(c.heard);
        row["changed"] = text(c.changed);
        std::vector<std::string> from;
        for (const Text& id : items(c.from)) {
          if (!id.given()) continue;
          const Activity* a = terms_.activity(*id);
          from.push_back(a != nullptr && a->title.given() ? r_(*a->title, a->title.at) : r_(*id, id.at));
        }
        row["from"] = from.empty() ? data(false) : data(join_words(from, "and"));
        changes.push_back(std::move(row));
      }
      for (const NotAdopted& n : items(o->not_adopted)) {
        data row;
        row["heard"] = text(n.heard);
        row["reason"] = text(n.reason);
        rejected.push_back(std::move(row));
      }
      for (const Measure& m : items(o->measures)) {
        data row;
        row["name"] = text(m.name);
        row["baseline"] = text(m.baseline);
        row["target"] = text(m.target);
        by_domain[m.domain.given() ? std::size_t(*m.domain) : kNoDomain].push_back(std::move(row));
      }
    }
    d["changes_na_reason"] = o.given() ? not_applicable(o->changes, r_) : data(false);
    d["not_adopted_na_reason"] = o.given() ? not_applicable(o->not_adopted, r_) : data(false);
    d["measures_na_reason"] = o.given() ? not_applicable(o->measures, r_) : data(false);
    d["has_changes"] = !changes.empty();
    d["has_not_adopted"] = !rejected.empty();
    d["has_measures"] = std::any_of(by_domain.begin(), by_domain.end(),
                                    [](const Rows& m) { return !m.empty(); });
    d["changes"] = list_of(std::move(changes));
    d["not_adopted"] = list_of(std::move(rejected));

    // Domains in the format's order (access, experience, outcomes), then the
    // measures with none.
    Rows domains;
    for (std::size_t i = 0; i < by_domain.size(); ++i) {
      if (by_domain[i].empty()) continue;
      data row;
      row["domain"] = i == kNoDomain ? std::string("No domain given")
                                     : std::string(vocab::label(static_cast<Domain>(i)));
      row["measures"] = list_of(std::move(by_domain[i]));
      domains.push_back(std::move(row));
    }
    d["domains"] = list_of(std::move(domains));

    d["inequalities"] = o.given() ? text(o->inequalities) : data(false);
    data feedback(false);
    if (o.given() && o->feedback_to_participants.given()) {
      const Feedback& f = *o->feedback_to_participants;
      feedback = data();
      feedback["date"] = f.date.given() ? data(long_date(*f.date)) : data(false);
      feedback["how"] = text(f.how);
    }
    d["feedback"] = std::move(feedback);
    d["feedback_na_reason"] = o.given() ? not_applicable(o->feedback_to_participants, r_) : data(false);
    return d;
  }

  data questions() {
    data d;
    d["na_reason"] = not_applicable(p_.questions, r_);
    Rows rows;
    for (const Question& q : items(p_.questions)) {
      data row;
      row["question"] = text(q.question);
      row["plan"] = text(q.plan);
      rows.push_back(std::move(row));
    }
    d["has_list"] = !rows.empty();
    d["list"] = list_of(std::move(rows));
    return d;
  }

  data continuation() {
    data d;
    const auto& c = p_.continuation;
    d["na_reason"] = not_applicable(c, r_);
    d["implementation"] = c.given() ? text(c->implementation) : data(false);
    d["evaluation"] = c.given() ? text(c->evaluation) : data(false);
    d["continues"] = c.given() && (c->implementation.given() || c->evaluation.given());
    return d;
  }

  data evaluation() {
    data d;
    const auto& e = p_.evaluation;
    d["na_reason"] = not_applicable(e, r_);
    d["method"] = e.given() ? text(e->method) : data(false);
    d["by"] = e.given() && e->by.given() ? data(std::string(evaluated_by(*e->by))) : data(false);
    d["findings"] = e.given() ? text(e->findings) : data(false);
    Rows improvements;
    if (e.given())
      for (const std::string& s : texts(e->improvements)) improvements.emplace_back(data("text", s));
    d["improvements"] = list_of(std::move(improvements));
    return d;
  }

  // Who evaluated the process, as a sentence says it.
  static std::string_view evaluated_by(Evaluator by) {
    switch (by) {
      case Evaluator::independent: return "an independent evaluator";
      case Evaluator::internal: return "the organisation's own staff";
      case Evaluator::participants: return "the people who took part";
      case Evaluator::joint: return "the people who took part and the organisation's staff together";
    }
    return "";
  }

  data assurance() {
    data d;
    const auto& a = p_.assurance;
    d["na_reason"] = not_applicable(a, r_);
    d["sponsor"] = a.given() ? text(a->sponsor) : data(false);
    d["ownership"] = a.given() && a->ownership.given() ? data(vocab::phrase(*a->ownership)) : data(false);
    // Said as the organisation's claim, and never in the participants' name
    // while a group that took part says it is not satisfied.
    const bool dissenting = a.given() && !items(a->dissent).empty();
    d["dissenting"] = dissenting;
    d["satisfied"] = !a.given() || !a->satisfied.given() ? data(false)
                     : !*a->satisfied
                         ? data("No: the organisation reports that the people who took part are not satisfied "
                                "with how they were involved")
                     : dissenting
                         ? data("Not all: the organisation reports that people are satisfied, but a group that "
                                "took part says it is not (see the start of this appendix)")
                         : data("The organisation reports that the people who took part are satisfied with how "
                                "they were involved");
    std::vector<std::string> signed_by;
    if (a.given())
      for (const Text& id : items(a->signed_off_by)) signed_by.push_back(group_name(id));
    d["signed_off_by"] = signed_by.empty() ? data(false) : data(join_words(signed_by, "and"));
    return d;
  }

  // A group that says it is not satisfied, in its own words, with the
  // organisation's response: shown at the top, where a board cannot miss it.
  data dissent() {
    Rows rows;
    if (p_.assurance.given())
      for (const Dissent& x : items(p_.assurance->dissent)) {
        data row;
        row["group"] = x.group.given() ? data(group_name(x.group)) : data("A group that took part");
        row["about"] = text(x.about);
        row["response"] = text(x.response);
        const bool resolved = x.resolved.given() && *x.resolved;
        row["resolved"] = resolved;
        row["resolution"] = resolved ? "The group agrees its concern was resolved."
                                     : "The group has not agreed that its concern was resolved.";
        rows.push_back(std::move(row));
      }
    data d;
    d["has_entries"] = !rows.empty();
    d["entries"] = list_of(std::move(rows));
    return d;
  }

  void findings(data& d) {
    Rows blocking, conditions, advice, waived, na;
    for (const Finding& f : result_.findings) {
      if (f.not_applicable) {
        data row = finding_data(f);
        na.push_back(std::move(row));
      } else if (f.waiver) {
        waived.push_back(finding_data(f));
      } else if (f.severity == Severity::blocking) {
        blocking.push_back(finding_data(f));
      } else if (f.severity == Severity::warning) {
        conditions.push_back(finding_data(f));
      } else {
        advice.push_back(finding_data(f));
      }
    }
    d["has_blocking"] = !blocking.empty();
    d["has_conditions"] = !conditions.empty();
    d["has_advice"] = !advice.empty();
    d["has_waived"] = !waived.empty();
    d["has_not_applicable"] = !na.empty();
    d["blocking"] = list_of(std::move(blocking));
    d["conditions"] = list_of(std::move(conditions));
    d["advice"] = list_of(std::move(advice));
    d["waived"] = list_of(std::move(waived));
    d["not_applicable"] = list_of(std::move(na));
  }

  const Result& result_;
  const Proposal& p_;
  const Terms terms_;  // what happened, with whom and when (rules/terms.h); hashed lookups
  AppendixOptions options_;
  Redactor r_;
};

}  // namespace

std::span<const AppendixPart> appendix_parts() { return kParts; }

data appendix_data(const Result& result, const AppendixOptions& options) {
  return Builder(result, options).build();
}

}  // namespace coprod
