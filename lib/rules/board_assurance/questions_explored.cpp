#include <fmt/format.h>

#include <optional>
#include <string>

#include "rules/board_assurance/common.h"
#include "rules/reading.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

// What the proposal records of questions: those it will explore and what it
// heard and did not take up.
std::string questions_text(const Proposal& p) {
  std::string out;
  for (const Question& q : items(p.questions))
    for (const Text* t : {&q.question, &q.plan})
      if (t->given()) out += **t + "\n";
  if (p.outcomes.given())
    for (const NotAdopted& n : items(p.outcomes->not_adopted))
      for (const Text* t : {&n.heard, &n.reason})
        if (t->given()) out += **t + "\n";
  return out;
}

// A question people raised that the evidence says was put out of scope
// ("parked", "not for this project") and the proposal neither lists to
// explore nor says it did not take up: a question the board never sees.
void check_parked_questions(const Proposal& p, Reporter& out) {
  const Reading& reading = out.reading();
  const std::string recorded = questions_text(p);
  for (const Found* f : reading.of(evidence::Kind::parked_question)) {
    if (Reading::echoed(*f, recorded)) continue;
    std::optional<AppliedWaiver> settled = reading.agreed(*f);
    out.report_text(
        f->at, f->path,
        fmt::format("{} records a question people raised that was put out of scope: \"{}\" ({}); "
                    "the proposal does not list it",
                    Reading::found_in(*f),
                    f->statement.sentence, f->statement.where()),
        "List it under `questions` with a plan to explore it, or under `outcomes.not_adopted` "
        "with the reason it was put aside.",
        std::move(settled));
  }
}

void check_questions_explored(const Proposal& p, Reporter& out) {
  check_parked_questions(p, out);
  if (out.not_applicable({p.questions})) return;
  const std::vector<Question>& questions = items(p.questions);
  if (questions.empty()) {
    out.report(p.questions, "the proposal lists no new, unexpected questions to explore",
               "List them under `questions`, each with a `plan`, or mark `questions` not "
               "applicable with the reason.");
    return;
  }
  for (const Question& q : questions)
    if (q.question.given() && q.plan.given()) return;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const Question& q = questions[i];
    if (!q.question.given() && !q.plan.given())
      out.report(q, "this entry gives neither a question nor a plan to explore it");
    else if (!q.question.given())
      out.report(q.question, "this entry does not say what the question is");
    else
      out.report(q.plan, "this question has no plan for how it will be explored",
                 "Give it a `plan`.");
  }
}

}  // namespace

extern const Rule questions_explored{
    .id = "questions-explored",
    .item = &board::questions,
    .severity = Severity::warning,
    .title = "New, unexpected questions have a plan",
    .quote = "Understand the scope before starting BUT be ready to be flexible – you don't know "
             "what you don't know!",
    .source = "Board steps: Who to involve?",
    .meets = "`questions` lists at least one new question with a `plan` to explore it; and a question people raised that the evidence says was put out of scope is listed, under `questions` or `outcomes.not_adopted` (with the reason it was put aside).",
    .example = COPROD_EXAMPLE_TRUST R"yaml(questions:
  - question: How do we reach men aged 40-60, who came least to the sessions?
    plan: A peer researcher from the panel will lead a short inquiry in spring.
)yaml",
    .check = check_questions_explored,
    .asked_from = Level::co_design,
};

}  // namespace coprod::rules
