// Text that looks like personal data (FORMAT.md "Personal data"): board papers
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

struct PersonalDataMatch {
  PersonalData kind;
  std::size_t offset;  // in bytes, into the text searched
  std::size_t length;
};

// Every match, in order, not overlapping. Disguises are seen through (case,
// zero-width characters, fullwidth forms, any space or dash), and matches
// are given in the bytes of `text` as it is.
std::vector<PersonalDataMatch> find_personal_data(std::string_view text);

// The text with each match replaced by "[redacted: an e-mail address]" etc.
std::string redact(std::string_view text);

// Text as coprod shows it to people, in every output: redacted (when
// `redact`), then made visible (core/utf8.h visible()). The one place where
// what a proposal says becomes what a report quotes.
std::string shown(std::string_view text, bool redact = true, Newlines newlines = Newlines::space);

}  // namespace coprod
