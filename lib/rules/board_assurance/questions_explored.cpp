#include "rules/board_assurance/common.h"
#include "rules/board_assurance/items.h"
#include "rules/example_header.h"
#include "rules/rule.h"

namespace coprod::rules {
namespace {

void check_questions_explored(const Proposal& p, Reporter& out) {
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
    .meets = "`questions` lists at least one new question with a `plan` to explore it.",
    .example = COPROD_EXAMPLE_TRUST R"yaml(questions:
  - question: How do we reach men aged 40-60, who came least to the sessions?
    plan: A peer researcher from the panel will lead a short inquiry in spring.
)yaml",
    .check = check_questions_explored,
};

}  // namespace coprod::rules
