#include "render/portfolio.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/escape.h"
#include "privacy/personal_data.h"
#include "render/ladder_svg.h"
#include "render/render.h"
#include "render/templates.h"

namespace coprod {

using kainjow::mustache::data;

namespace {
// A status's letter and colour on the red/amber/green grid.
struct Rag {
  std::string_view letter, colour;
};

Rag rag_style(Status status) {
  switch (status) {
    case Status::met: return {"G", "green"};
    case Status::partly_met: return {"A", "amber"};
    case Status::not_met: return {"R", "red"};
    case Status::not_applicable: return {"N/A", "grey"};
  }
  return {"", "grey"};
}
}  // namespace

std::string_view rag_letter(Status status) { return rag_style(status).letter; }
std::string_view rag_colour(Status status) { return rag_style(status).colour; }

std::string_view verdict_colour(Verdict verdict) {
  switch (verdict) {
    case Verdict::assured: return "green";
    case Verdict::conditional: return "amber";
    case Verdict::do_not_proceed: return "red";
    case Verdict::invalid: return "grey";
  }
  return "grey";
}

namespace {

// `file` relative to `base` when it lies under it, so a row names the file
// as the person who ran the report would find it, and never by a home path.
std::string relative_to(const std::string& file, const std::filesystem::path& base) {
  namespace fs = std::filesystem;
  if (base.empty() || file.empty() || file.front() == '<') return file;  // "<stdin>"
  std::error_code ec;
  const fs::path absolute = fs::absolute(file, ec);
  if (ec) return file;
  const fs::path rel = absolute.lexically_normal().lexically_relative(base.lexically_normal());
  if (rel.empty() || *rel.begin() == "..") return file;
  return rel.generic_string();
}

// A verdict's reason in one line: the first finding of the weightiest
// severity that counts, as far as its first colon ("the solution was chosen
// before anything was co-produced"), and how many more stand beside it.
template <class Clean>
std::string verdict_reason(const Result& result, const Clean& clean) {
  if (result.verdict == Verdict::invalid) return {};
  if (result.verdict == Verdict::assured) return "Every item is met.";
  for (const Severity severity : {Severity::blocking, Severity::warning}) {
    const Finding* first = nullptr;
    std::size_t others = 0;
    for (const Finding& f : result.findings)
      if (!f.counts() || f.severity != severity) continue;
      else if (first == nullptr) first = &f;
      else ++others;
    if (first == nullptr) continue;
    std::string line = clean(first->message);
    if (const auto colon = line.find(": "); colon != std::string::npos) line.resize(colon);
    if (!line.empty() && line[0] >= 'a' && line[0] <= 'z') line[0] = static_cast<char>(line[0] - 'a' + 'A');
    if (others > 0)
      line += fmt::format(" (and {} more {})", others,
                          severity == Severity::blocking ? (others == 1 ? "reason" : "reasons")
                                                         : (others == 1 ? "condition" : "conditions"));
    return line + ".";
  }
  return {};
}

int verdict_rank(Verdict verdict) {
  switch (verdict) {
    case Verdict::do_not_proceed: return 0;
    case Verdict::conditional: return 1;
    case Verdict::assured: return 2;
    case Verdict::invalid: return 3;
  }
  return 3;
}

}  // namespace

std::vector<const Portfolio::Row*> Portfolio::ordered() const {
  std::vector<const Row*> out;
  for (const Row& row : rows_) out.push_back(&row);
  std::stable_sort(out.begin(), out.end(), [](const Row* a, const Row* b) {
    if (verdict_rank(a->verdict) != verdict_rank(b->verdict))
      return verdict_rank(a->verdict) < verdict_rank(b->verdict);
    if (a->board_date.empty() != b->board_date.empty()) return b->board_date.empty();
    if (a->board_date != b->board_date) return a->board_date < b->board_date;  // ISO dates sort as text
    return a->file < b->file;
  });
  return out;
}

bool Portfolio::board_date_passed(const Row& row) const {
  return !row.board_date.empty() && *Date::parse(row.board_date) < checked_on_;
}

void Portfolio::add(const Result& result) {
  summary_.add(result);
  if (framework_ == nullptr && !result.frameworks.empty()) framework_ = result.frameworks.front().framework;
  const auto clean = [&](const std::string& text) { return shown(text, redact_, Newlines::keep); };
  Row row;
  row.file = relative_to(result.file, base_);
  row.verdict = result.verdict;
  row.frameworks = result.frameworks;
  row.errors = result.errors.size();
  if (!result.errors.empty()) {
    const Error& e = result.errors.front();
    row.first_error = e.at.known() ? fmt::format("line {}, column {}: {}", e.at.line, e.at.column, clean(e.message))
                                   : clean(e.message);
  }
  if (result.proposal) {
    const ProposalInfo& info = result.proposal->proposal;
    if (info.id.given()) row.id = clean(*info.id);
    if (info.title.given()) row.title = clean(*info.title);
    if (info.organisation.given()) row.organisation = clean(*info.organisation);
    if (info.board_date.given()) row.board_date = info.board_date->iso();
    if (result.proposal->assurance.given())
      for (const Dissent& d : items(result.proposal->assurance->dissent)) {
        Dissenting x;
        if (d.group.given()) {
          const Group* g = result.proposal->group(*d.group);
          x.group = clean(g != nullptr && g->name.given() ? *g->name : *d.group);
        }
        if (d.about.given()) x.about = clean(*d.about);
        if (d.response.given()) x.response = clean(*d.response);
        x.resolved = d.resolved.given() && *d.resolved;
        row.dissent.push_back(std::move(x));
      }
  }
  row.reason = verdict_reason(result, clean);
  for (const Finding& f : result.findings) {
    if (!f.waiver || f.not_applicable || f.waiver->reconciliation) continue;  // a reconciliation has no expiry to track
    const bool seen = std::any_of(row.waivers.begin(), row.waivers.end(),
                                  [&](const Waived& w) { return w.rule == f.rule->id; });
    if (seen) continue;
    row.waivers.push_back({std::string(f.rule->id), std::string(f.rule->title), clean(f.waiver->reason),
                           clean(f.waiver->approved_by), f.waiver->expires.iso()});
  }
  rows_.push_back(std::move(row));
}

namespace {

struct Unmet {
  const ItemInfo* item;
  std::size_t not_met = 0, partly_met = 0;
};

template <class Row>
std::vector<Unmet> most_unmet(const std::vector<Row>& rows, const Framework* framework) {
  std::vector<Unmet> unmet;
  if (framework == nullptr) return unmet;  // no valid proposal
  for (const ItemInfo* item : checklist(*framework)) {
    Unmet u{item};
    for (const Row& row : rows)
      for (const ItemResult& i : row.items())
        if (i.item == item) {
          u.not_met += i.status == Status::not_met;
          u.partly_met += i.status == Status::partly_met;
        }
    if (u.not_met + u.partly_met > 0) unmet.push_back(u);
  }
  // Most often unmet first; not met before partly met; then checklist order.
  std::stable_sort(unmet.begin(), unmet.end(), [](const Unmet& a, const Unmet& b) {
    if (a.not_met + a.partly_met != b.not_met + b.partly_met) return a.not_met + a.partly_met > b.not_met + b.partly_met;
    return a.not_met > b.not_met;
  });
  return unmet;
}

data maybe(const std::string& text) { return text.empty() ? data(false) : data(text); }

// A framework's column headings: the number, or "I" for integrity, so the
// titles have the width; the key under the table gives each in full. None
// before a valid proposal has said which framework comes first.
data item_headers(const Framework* framework) {
  data headers{data::type::list};
  if (framework == nullptr) return headers;
  for (const ItemInfo* item : checklist(*framework)) {
    data h;
    h["title"] = std::string(item->title);
    h["short"] = item->number > 0 ? std::to_string(item->number) : std::string("I");
    // A column's head names its item in a word or two: "2 Who", "I Integrity".
    std::string name(item->id);
    std::replace(name.begin(), name.end(), '-', ' ');
    if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
    h["head"] = fmt::format("{} {}", item->number > 0 ? std::to_string(item->number) : std::string("I"), name);
    h["item"] = std::string(item->id);
    h["number"] = item->number > 0 ? data(std::to_string(item->number)) : data(false);
    append(headers, std::move(h));
  }
  return headers;
}

// A row's status cells, one per item.
data item_cells(const std::vector<ItemResult>& items) {
  data cells{data::type::list};
  for (const ItemResult& i : items) {
    data c;
    c["item"] = std::string(i.item->id);
    c["title"] = std::string(i.item->title);
    c["status"] = std::string(label(i.status));
    c["status_id"] = std::string(id(i.status));
    c["letter"] = std::string(rag_letter(i.status));
    c["colour"] = std::string(rag_colour(i.status));
    append(cells, std::move(c));
  }
  return cells;
}

nlohmann::json rag_items_json(const std::vector<ItemResult>& items) {
  nlohmann::json out = nlohmann::json::array();
  for (const ItemResult& i : items)
    out.push_back({{"id", i.item->id}, {"title", i.item->title}, {"status", id(i.status)},
                   {"rag", rag_colour(i.status)}});
  return out;
}

}  // namespace

data Portfolio::template_data() const {
  data d;
  d["generator"] = fmt::format("coprod {}", COPROD_VERSION);
  d["checked_on"] = long_date(checked_on_);
  d["css_checked"] = css_string(fmt::format("Checked {}", long_date(checked_on_)));
  data headers = item_headers(framework_);
  d.set("items", headers);
  d["item_key"] = std::move(headers);

  data proposals{data::type::list}, invalid{data::type::list};
  for (const Row* in_order : ordered()) {
    const Row& row = *in_order;
    data p;
    p["file"] = row.file;
    p["id"] = maybe(row.id);
    p["title"] = row.title.empty() ? data(row.file) : data(row.title);
    p["organisation"] = maybe(row.organisation);
    p["board_date"] = row.board_date.empty() ? data(false) : data(long_date(*Date::parse(row.board_date)));
    p["board_date_passed"] = board_date_passed(row);
    p["reason"] = maybe(row.reason);
    p["verdict"] = std::string(label(row.verdict, row.frameworks));
    p["verdict_id"] = std::string(id(row.verdict));
    p["verdict_colour"] = std::string(verdict_colour(row.verdict));
    data waivers{data::type::list};
    for (const Waived& w : row.waivers) {
      data x;
      x["title"] = w.title;
      x["reason"] = w.reason;
      x["approved_by"] = w.approved_by;
      x["expires"] = long_date(*Date::parse(w.expires));
      append(waivers, std::move(x));
    }
    data dissent{data::type::list};
    for (const Dissenting& entry : row.dissent) {
      data x;
      x["group"] = entry.group.empty() ? std::string("A group that took part") : entry.group;
      x["about"] = maybe(entry.about);
      x["response"] = maybe(entry.response);
      x["state"] = entry.resolved ? "resolved, the group agrees" : "not resolved";
      append(dissent, std::move(x));
    }
    p["has_waivers"] = !row.waivers.empty();
    p["has_dissent"] = !row.dissent.empty();
    p["has_notes"] = !row.waivers.empty() || !row.dissent.empty();
    p["waivers"] = std::move(waivers);
    p["dissent"] = std::move(dissent);
    if (row.verdict == Verdict::invalid) {
      p["first_error"] = row.first_error;
      p["error_count"] = count(row.errors, "error", "errors");
      append(invalid, std::move(p));
      continue;
    }
    p.set("cells", item_cells(row.items()));
    append(proposals, std::move(p));
  }
  d["has_proposals"] = !proposals.is_empty_list();
  d["has_notes"] = std::any_of(rows_.begin(), rows_.end(), [](const Row& row) {
    return row.verdict != Verdict::invalid && (!row.waivers.empty() || !row.dissent.empty());
  });
  d["has_invalid"] = !invalid.is_empty_list();
  d["proposals"] = std::move(proposals);
  d["invalid"] = std::move(invalid);

  data totals;
  totals["proposals"] = count(summary_.proposals, "proposal", "proposals");
  totals["assured"] = std::to_string(summary_.assured);
  totals["conditional"] = std::to_string(summary_.conditional);
  totals["do_not_proceed"] = std::to_string(summary_.do_not_proceed);
  totals["invalid"] = std::to_string(summary_.invalid);
  d["totals"] = std::move(totals);

  data unmet{data::type::list};
  for (const Unmet& u : most_unmet(rows_, framework_)) {
    data row;
    row["title"] = std::string(u.item->title);
    row["not_met"] = std::to_string(u.not_met);
    row["partly_met"] = std::to_string(u.partly_met);
    row["proposals"] = count(u.not_met + u.partly_met, "proposal", "proposals");
    append(unmet, std::move(row));
  }
  d["has_unmet"] = !unmet.is_empty_list();
  d["unmet"] = std::move(unmet);
  d.set("frameworks", further_grids());
  return d;
}

// A grid for each framework selected after the first (docs/sources/frameworks.md): its
// verdict and item statuses for every valid proposal.
data Portfolio::further_grids() const {
  data grids{data::type::list};
  const Row* sample = nullptr;
  for (const Row& row : rows_)
    if (row.verdict != Verdict::invalid) {
      sample = &row;
      break;
    }
  if (sample == nullptr) return grids;
  for (std::size_t k = 1; k < sample->frameworks.size(); ++k) {
    const Framework& framework = *sample->frameworks[k].framework;
    data grid;
    grid["title"] = std::string(framework.title);
    grid["question"] = std::string(framework.question);
    grid["preface"] = framework.preface.empty() ? data(false) : data(std::string(framework.preface));
    data headers = item_headers(&framework);
    grid.set("items", headers);
    grid["item_key"] = std::move(headers);
    data proposals{data::type::list};
    for (const Row* in_order : ordered()) {
      const Row& row = *in_order;
      if (row.verdict == Verdict::invalid || k >= row.frameworks.size()) continue;
      const FrameworkResult& f = row.frameworks[k];
      data p;
      p["file"] = row.file;
      p["id"] = maybe(row.id);
      p["title"] = row.title.empty() ? data(row.file) : data(row.title);
      p["verdict"] = std::string(label(f.verdict, framework));
      p["verdict_id"] = std::string(id(f.verdict));
      p["verdict_colour"] = std::string(verdict_colour(f.verdict));
      p.set("cells", item_cells(f.items));
      append(proposals, std::move(p));
    }
    grid["proposals"] = std::move(proposals);
    append(grids, std::move(grid));
  }
  return grids;
}

nlohmann::json Portfolio::json() const {
  using nlohmann::json;
  json proposals = json::array();
  for (const Row* in_order : ordered()) {
    const Row& row = *in_order;
    json p = {{"file", row.file}, {"verdict", id(row.verdict)}};
    p["reason"] = row.reason.empty() ? json(nullptr) : json(row.reason);
    p["board_date_passed"] = board_date_passed(row);
    p["id"] = row.id.empty() ? json(nullptr) : json(row.id);
    p["title"] = row.title.empty() ? json(nullptr) : json(row.title);
    p["organisation"] = row.organisation.empty() ? json(nullptr) : json(row.organisation);
    p["board_date"] = row.board_date.empty() ? json(nullptr) : json(row.board_date);
    p["items"] = rag_items_json(row.items());
    json frameworks = json::array();
    for (const FrameworkResult& f : row.frameworks) {
      frameworks.push_back({{"id", f.framework->id}, {"title", f.framework->title},
                            {"verdict", id(f.verdict)}, {"items", rag_items_json(f.items)}});
    }
    p["frameworks"] = frameworks;
    json waivers = json::array();
    for (const Waived& w : row.waivers)
      waivers.push_back({{"rule", w.rule}, {"title", w.title}, {"reason", w.reason},
                         {"approved_by", w.approved_by}, {"expires", w.expires}});
    p["waivers"] = waivers;
    json dissent = json::array();
    for (const Dissenting& d : row.dissent)
      dissent.push_back({{"group", d.group},
                         {"about", d.about},
                         {"response", d.response.empty() ? json(nullptr) : json(d.response)},
                         {"resolved", d.resolved}});
    p["dissent"] = dissent;
    p["first_error"] = row.first_error.empty() ? json(nullptr) : json(row.first_error);
    p["errors"] = row.errors;
    proposals.push_back(p);
  }
  json unmet = json::array();
  for (const Unmet& u : most_unmet(rows_, framework_))
    unmet.push_back({{"id", u.item->id}, {"title", u.item->title}, {"not_met", u.not_met}, {"partly_met", u.partly_met}});
  return {{"coprod_portfolio", 1},
          {"proposals", proposals},
          {"totals",
           {{"proposals", summary_.proposals},
            {"assured", summary_.assured},
            {"conditional", summary_.conditional},
            {"do_not_proceed", summary_.do_not_proceed},
            {"invalid", summary_.invalid}}},
          {"most_unmet", unmet}};
}

}  // namespace coprod
