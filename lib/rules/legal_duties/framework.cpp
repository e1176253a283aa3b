// The legal-duties framework: is the involvement lawful? (docs/sources/frameworks.md).
// coprod checks the record, not the law. Adding a rule: its file here, its
// test fixtures in tests/rules/<id>/, and one line in the list below.
#include "rules/framework.h"
#include "rules/legal_duties/items.h"

#define COPROD_LEGAL_DUTIES_RULES(RULE) \
  RULE(legal_applicability)             \
  RULE(legal_duty_to_involve)           \
  RULE(legal_consultation_record)       \
  RULE(legal_gunning_formative)         \
  RULE(legal_gunning_information)       \
  RULE(legal_gunning_time)              \
  RULE(legal_gunning_conscientious)     \
  RULE(legal_equality_recorded)         \
  RULE(legal_equality_before_decision)  \
  RULE(legal_scrutiny_consulted)        \
  RULE(legal_sos_notified)

namespace coprod::rules {

#define COPROD_DECLARE(name) extern const Rule name;
COPROD_LEGAL_DUTIES_RULES(COPROD_DECLARE)
#undef COPROD_DECLARE

namespace legal {
const ItemInfo duty{"duty", 1, "Duty to involve"};
const ItemInfo consultation{"consultation", 2, "Fair consultation (Gunning 1–4)"};
const ItemInfo equality{"equality", 3, "Equality duty"};
const ItemInfo scrutiny{"scrutiny", 4, "Scrutiny and reconfiguration"};
}  // namespace legal

namespace {
constexpr const ItemInfo* kLegalItems[] = {&legal::duty, &legal::consultation, &legal::equality,
                                           &legal::scrutiny};
#define COPROD_ADDRESS(name) &name,
// Ends with nullptr, left out below, so that the list may be empty.
constexpr const Rule* kLegalRules[] = {COPROD_LEGAL_DUTIES_RULES(COPROD_ADDRESS) nullptr};
#undef COPROD_ADDRESS
}  // namespace

extern const Framework legal_duties{
    .id = "legal-duties",
    .title = "Legal duties",
    .in_text = "legal duties",
    .question = "Is the involvement lawful?",
    .items = kLegalItems,
    .rules = std::span(kLegalRules).first(std::size(kLegalRules) - 1),
    .words = {.assured = "The record shows each step",
              .conditional = "The record is incomplete",
              .do_not_proceed = "Do not proceed: the record shows a step missing or out of order"},
    .sources =
        "The duty to involve is quoted from the NHS Act 2006 as amended: s.14Z45 as given in the "
        "Hertfordshire and West Essex ICB constitution §9.1.1, s.242 from legislation.gov.uk "
        "(2009 version), s.13Q from the Health and Social Care Act 2012 explanatory notes ¶226. "
        "The Gunning principles are quoted from Bedfordshire CCG, *The Gunning Principles*; the "
        "equality duty (Equality Act 2010 s.149) as quoted in M. Bovey QC, *Public Sector "
        "Equality Duty*; overview and scrutiny from Sunderland CCG, *Legal duties to involve the "
        "public*; notifiable reconfigurations from the NHS Act 2006 Sch. 10A and SI 2024/15. "
        "coprod checks the record, not the law: take legal advice.",
    .cite = "{}",
    .citation = "{}",
    .preface = "This checks the record, not the law; it is not legal advice.",
    .caution = "coprod checks the record, not the law: where the record shows a gap, take legal advice.",
};

}  // namespace coprod::rules
