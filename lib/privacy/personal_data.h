// Text that looks like personal data (docs/format.md "Personal data"): board papers
// are published, so proposals name roles and groups, not people. Used by the
// integrity-personal-data rule and by appendix redaction.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"

namespace coprod {

enum class PersonalData { email, phone, nhs_number, postcode, titled_name };

std::string_view describe(PersonalData kind);  // "an e-mail address"

// What a text is, for telling an organisation's details from a person's. In
// any text, an organisation's own are not personal data: a team mailbox
// (`patient.experience@…`), a number an organisation publishes (0300, 0345,
// 0800, 0808, 111, a switchboard, a helpline), a place named after a person
// (Sir Robert Peel Community Hospital, the Dr Foster suite) and a venue's
// postcode (a hospital's, a community centre's, a charity's). In the
// proposal's organisational contact, an e-mail address and a landline are
// the team's own too (a mobile number, a titled name, an NHS number or a
// home postcode there is still a person's).
enum class TextRole { prose, contact };

struct PersonalDataMatch {
  PersonalData kind;
  std::size_t offset;  // in bytes, into the text searched
  std::size_t length;
};

// Every match, in order, not overlapping. Disguises are seen through (case,
// zero-width characters, fullwidth forms, any space or dash), and matches
// are given in the bytes of `text` as it is.
std::vector<PersonalDataMatch> find_personal_data(std::string_view text,
                                                  TextRole role = TextRole::prose);

// The text with each match replaced by "[redacted: an e-mail address]" etc.
std::string redact(std::string_view text, TextRole role = TextRole::prose);

// Text as coprod shows it to people, in every output: redacted (when
// `redact`), then made visible (core/utf8.h visible()). The one place where
// what a proposal says becomes what a report quotes.
std::string shown(std::string_view text, bool redact = true, Newlines newlines = Newlines::space,
                  TextRole role = TextRole::prose);

// Why a board paper must not hold what was found, and what to write
// instead, in words that fit it: a phone number gets "an organisation's
// number (a switchboard, a helpline, a team line), not a person's".
struct PersonalDataAdvice {
  std::string why;      // "a proposal gives …, not …"
  std::string instead;  // a sentence: what to write instead
};
PersonalDataAdvice advice_for(const std::vector<PersonalData>& kinds, TextRole role = TextRole::prose);

}  // namespace coprod
