#include "privacy/personal_data.h"

#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

namespace coprod {
namespace {

// What the detector finds in `text`: each match as "kind:matched text".
std::vector<std::string> found(std::string_view text) {
  std::vector<std::string> out;
  for (const PersonalDataMatch& m : find_personal_data(text))
    out.push_back(std::string(describe(m.kind)) + ":" + std::string(text.substr(m.offset, m.length)));
  return out;
}

constexpr std::string_view kEmail = "an e-mail address";
constexpr std::string_view kPhone = "a phone number";
constexpr std::string_view kNhs = "an NHS number";
constexpr std::string_view kPostcode = "a full postcode";
constexpr std::string_view kName = "a person's name";

std::string expect(std::string_view kind, std::string_view match) {
  return std::string(kind) + ":" + std::string(match);
}

}  // namespace

TEST_CASE("personal data is found in the forms people write it") {
  const std::vector<std::pair<std::string_view, std::string>> positives = {
      // e-mail addresses
      {"Contact jo.bloggs@example.nhs.uk for details", expect(kEmail, "jo.bloggs@example.nhs.uk")},
      {"jo@example.com", expect(kEmail, "jo@example.com")},
      {"Email: A.N.Other@nhs.net.", expect(kEmail, "A.N.Other@nhs.net")},
      {"(sam_o'neil+panel@mail.example.org)", expect(kEmail, "sam_o'neil+panel@mail.example.org")},
      {"write to first-last@sub.domain.co.uk today", expect(kEmail, "first-last@sub.domain.co.uk")},
      {"<pat123@example.ac.uk>", expect(kEmail, "pat123@example.ac.uk")},
      {"mailto:lead@trust.example.nhs.uk", expect(kEmail, "lead@trust.example.nhs.uk")},
      {"x@y.io", expect(kEmail, "x@y.io")},
      {"reply to chair.panel@example.org, thanks", expect(kEmail, "chair.panel@example.org")},
      {"JANE.DOE@EXAMPLE.COM", expect(kEmail, "JANE.DOE@EXAMPLE.COM")},
      {"notes from ali%lab@example.net", expect(kEmail, "ali%lab@example.net")},
      {"e-mail j.smith2@nhs.net", expect(kEmail, "j.smith2@nhs.net")},
      // UK phone numbers
      {"Call 07700 900123 after six", expect(kPhone, "07700 900123")},
      {"07700900123", expect(kPhone, "07700900123")},
      {"+44 20 7946 0958", expect(kPhone, "+44 20 7946 0958")},
      {"+44 (0)20 7946 0958", expect(kPhone, "+44 (0)20 7946 0958")},
      {"(020) 7946 0958", expect(kPhone, "(020) 7946 0958")},
      {"0161 496 0000", expect(kPhone, "0161 496 0000")},
      {"ring 0113 496 0123.", expect(kPhone, "0113 496 0123")},
      {"tel: 020-7946-0958", expect(kPhone, "020-7946-0958")},
      {"+447700900123", expect(kPhone, "+447700900123")},
      {"+44 7700 900123", expect(kPhone, "+44 7700 900123")},
      {"tel:+447700900456", expect(kPhone, "+447700900456")},
      {"Phone (0161 496 0000) for a call back", expect(kPhone, "0161 496 0000")},
      {"01632 960000", expect(kPhone, "01632 960000")},
      {"mobile 07700-900-982", expect(kPhone, "07700-900-982")},
      {"0117 496 0789, evenings", expect(kPhone, "0117 496 0789")},
      {"(0113) 496 0000", expect(kPhone, "(0113) 496 0000")},
      {"028 9649 6000", expect(kPhone, "028 9649 6000")},
      // NHS numbers that pass the modulus-11 check
      {"NHS number 943 476 5919", expect(kNhs, "943 476 5919")},
      {"9434765919", expect(kNhs, "9434765919")},
      {"943-476-5919", expect(kNhs, "943-476-5919")},
      {"patient 401 023 2137 attended", expect(kNhs, "401 023 2137")},
      {"nhs no: 4010232137.", expect(kNhs, "4010232137")},
      {"(485 777 3457)", expect(kNhs, "485 777 3457")},
      {"NHS: 1234567881", expect(kNhs, "1234567881")},
      {"id 999 999 9999", expect(kNhs, "999 999 9999")},
      // full postcodes
      {"SW1A 1AA", expect(kPostcode, "SW1A 1AA")},
      {"lives near M1 1AE.", expect(kPostcode, "M1 1AE")},
      {"B33 8TH", expect(kPostcode, "B33 8TH")},
      {"CR2 6XH", expect(kPostcode, "CR2 6XH")},
      {"DN55 1PT", expect(kPostcode, "DN55 1PT")},
      {"10 Downing Street, London SW1A 2AA", expect(kPostcode, "SW1A 2AA")},
      {"(L36 9YU)", expect(kPostcode, "L36 9YU")},
      {"EC1A 1BB,", expect(kPostcode, "EC1A 1BB")},
      {"W1A 0AX", expect(kPostcode, "W1A 0AX")},
      {"postcode: LS1 4AP", expect(kPostcode, "LS1 4AP")},
      {"N1 9GU", expect(kPostcode, "N1 9GU")},
      {"at GL51 0EX on Tuesdays", expect(kPostcode, "GL51 0EX")},
      // the disguises: case, no space, other spaces and dashes, dots,
      // 0044 and +44 (0), fullwidth and zero-width characters
      {"sw1a 1aa", expect(kPostcode, "sw1a 1aa")},
      {"lives at m1 1ae now", expect(kPostcode, "m1 1ae")},
      {"SW1A1AA", expect(kPostcode, "SW1A1AA")},
      {"DN551PT", expect(kPostcode, "DN551PT")},
      {"B338TH", expect(kPostcode, "B338TH")},
      {"SW1A\u00a01AA", expect(kPostcode, "SW1A\u00a01AA")},
      {"ＳＷ１Ａ １ＡＡ", expect(kPostcode, "ＳＷ１Ａ １ＡＡ")},
      {"0044 20 7946 0958", expect(kPhone, "0044 20 7946 0958")},
      {"0044 7700 900123", expect(kPhone, "0044 7700 900123")},
      {"00447700900123", expect(kPhone, "00447700900123")},
      {"+44 (0) 20 7946 0958", expect(kPhone, "+44 (0) 20 7946 0958")},
      {"+44(0)7700 900123", expect(kPhone, "+44(0)7700 900123")},
      {"07700\u2013900123", expect(kPhone, "07700\u2013900123")},
      {"07700.900.123", expect(kPhone, "07700.900.123")},
      {"07700\u00a0900123", expect(kPhone, "07700\u00a0900123")},
      {"020\u202f7946\u202f0958", expect(kPhone, "020\u202f7946\u202f0958")},
      {"０７７００ ９００１２３", expect(kPhone, "０７７００ ９００１２３")},
      {"07700\u200b900123", expect(kPhone, "07700\u200b900123")},
      {"943.476.5919", expect(kNhs, "943.476.5919")},
      {"943\u2013476\u20135919", expect(kNhs, "943\u2013476\u20135919")},
      {"jo\u200b.bloggs@example.org", expect(kEmail, "jo\u200b.bloggs@example.org")},
      {"jo@\u200bexample.org", expect(kEmail, "jo@\u200bexample.org")},
      {"jo.bloggs＠example.org", expect(kEmail, "jo.bloggs＠example.org")},
      {"siân.jones@example.org", expect(kEmail, "siân.jones@example.org")},
      {"write to zoë@example.org.", expect(kEmail, "zoë@example.org")},
      // names with a title
      {"Mrs Amina Begum, 14 Elm Road", expect(kName, "Mrs Amina Begum")},
      {"as Dr Patel said", expect(kName, "Dr Patel")},
      {"Prof. J. Okafor chaired", expect(kName, "Prof. J. Okafor")},
      {"thanks to Mr O'Neil-Smith.", expect(kName, "Mr O'Neil-Smith")},
      {"MS JANE DOE", expect(kName, "MS JANE DOE")},
      {"Cllr Siân Evans", expect(kName, "Cllr Siân Evans")},
      {"Dr\u00a0Patel", expect(kName, "Dr\u00a0Patel")},
  };
  CHECK(positives.size() >= 79);
  for (const auto& positive : positives) {
    INFO("text: ", positive.first);
    const auto got = found(positive.first);
    REQUIRE(got.size() == 1);
    CHECK(got[0] == positive.second);
  }
}

TEST_CASE("dates, measures, money and references are not personal data") {
  const std::vector<std::string_view> negatives = {
      "Board date 2026-03-12",
      "60% of people said it helped",
      "1,234 responses",
      "ref LR-2026-03",
      "ISBN 978-0-306-40615-7",
      "ISBN 0306406152",
      "ISBN-10: 0306406152",
      "aged 14 years and over",
      "version 1.2.3",
      "sessions at 18:30 or 10:00",
      "a budget of £1,200,000",
      "£1200000 over 3 years",
      "ward code E05000123",
      "ODS code RW4",
      "room 2.14, level 3",
      "bus route 10A",
      "between 2024 and 2026",
      "2020-2026",
      "12/03/2026",
      "3 of 12 sessions, 8 people each",
      "943 476 5918",  // fails the modulus-11 check
      "9434765918",
      "1234567890",    // check digit would be 10: never valid
      "ref 9434765919",
      "order no. 9434765919",
      "invoice 07700900123",
      "GP practice N81013",
      "postcode district L36",
      "SW1A",
      "1AA",
      "sw1a 1aaa is not a postcode",
      "b4 2nd meeting",  // an ordinal, not an inward code
      "e2 3rd cohort",
      "ref AB12CD",
      "version 2.0.1.4",
      "1.5 million people",
      "2026.03.12",
      "server 10.0.0.1",
      "£12.50 a session",
      "the Dr said so",
      "Dr appointments went up",
      "Mrs",
      "a 12.5% rise, 3.4 points",
      "07700 90012",  // one digit short
      "0044 1234",
      "QA1 1AA",   // Q never starts a postcode
      "M1 1CE",    // C never appears in the inward code
      "MK10A 1AA",
      "ISO 9001",
      "COVID-19",
      "NHS 111",
      "ICD-10 F32.1",
      "0.5 FTE",
      "about 0161 people",
      "phone numbers like 08 00",
      "0800 123 4567",  // freephone lines belong to services
      "0300 123 4567",  // and so do the non-geographic 03 lines
      "0909 879 0000",
      "1 2 3 4 5 6 7 8 9 10",
      "0 7 7 0 0 9 0 0 1 2 3",
      "12 345 678 901",
      "user@localhost",
      "@lived_experience_panel on social media",
      "email at example dot com",
      "jo@example",
      "someone@.com",
      "a@b.c",
      "score 4.5/5",
      "readings 53.4084, -2.9916",
      "target: 75 percent by 2027-03-31",
      "A580 East Lancashire Road",
      "M62 J12",
      "Ward 7B, bed 12",
      "N=250",
      "SNOMED 73211009",
      "file_07700900123.pdf",
      "v07700900123",
  };
  CHECK(negatives.size() >= 65);
  for (const std::string_view text : negatives) {
    INFO("text: ", text);
    CHECK(found(text).empty());
  }
}

TEST_CASE("several matches in one text are all found, in order") {
  CHECK(found("jo@example.com, 07700 900123, SW1A 1AA and 943 476 5919") ==
        std::vector<std::string>{expect(kEmail, "jo@example.com"), expect(kPhone, "07700 900123"),
                                 expect(kPostcode, "SW1A 1AA"), expect(kNhs, "943 476 5919")});
}

TEST_CASE("redact replaces what looks like personal data and keeps the rest") {
  CHECK(redact("Contact jo.bloggs@example.nhs.uk or 020 7946 0958.") ==
        "Contact [redacted: an e-mail address] or [redacted: a phone number].");
  CHECK(redact("NHS number 943 476 5919, lives at L36 9YU") ==
        "NHS number [redacted: an NHS number], lives at [redacted: a full postcode]");
  CHECK(redact("Board date 2026-03-12; 60% improved; ref LR-2026-03") ==
        "Board date 2026-03-12; 60% improved; ref LR-2026-03");
  CHECK(redact("") == "");
  CHECK(redact("Mrs Amina Begum, 14 Elm Road") == "[redacted: a person's name], 14 Elm Road");
  CHECK(redact("siân.jones@example.org") == "[redacted: an e-mail address]");
  CHECK(redact("jo\u200b@example.org!") == "[redacted: an e-mail address]!");
  CHECK(redact("Café in Saint-Étienne, 07700 900123 ✓") ==
        "Café in Saint-Étienne, [redacted: a phone number] ✓");
}

TEST_CASE("the scan is linear in the text, whatever it holds") {
  // A long run of digit groups with a bracket that never closes once took
  // 3.5 s for 80 KB: each group started a scan to the end.
  std::string groups = "(";
  for (int i = 0; i < 200000; ++i) groups += "12 ";
  CHECK(found(groups).empty());
  std::string mixed;
  for (int i = 0; i < 50000; ++i) mixed += "1 (2 ";
  CHECK(found(mixed).empty());
}

// tests/privacy/personal-data.txt: texts as proposals write them, on which
// the check must fire (with the kinds it must find) and must not.
TEST_CASE("an organisation's details are told from a person's, on texts that must and must not fire") {
  const auto word = [](PersonalData kind) -> std::string {
    switch (kind) {
      case PersonalData::email: return "e-mail";
      case PersonalData::phone: return "phone";
      case PersonalData::nhs_number: return "nhs-number";
      case PersonalData::postcode: return "postcode";
      case PersonalData::titled_name: return "name";
    }
    return "";
  };
  std::ifstream in(std::string(COPROD_TEST_DATA_DIR) + "/privacy/personal-data.txt");
  REQUIRE(in);
  std::size_t fire = 0, fired = 0, quiet = 0, stayed = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() == '#') continue;
    const std::size_t colon = line.find(": ");
    REQUIRE(colon != std::string::npos);
    std::string head = line.substr(0, colon);
    const std::string text = line.substr(colon + 2);
    const bool must_fire = head.starts_with("fire");
    head = head.substr(must_fire ? 4 : 5);
    const bool contact = head.starts_with(" contact");
    if (contact) head = head.substr(8);
    std::set<std::string> wanted;
    for (std::size_t start = 1; must_fire && start <= head.size();) {
      const std::size_t comma = std::min(head.find(',', start), head.size());
      wanted.insert(head.substr(start, comma - start));
      start = comma + 1;
    }
    std::set<std::string> got;
    for (const PersonalDataMatch& m : find_personal_data(text, contact ? TextRole::contact : TextRole::prose))
      got.insert(word(m.kind));
    INFO(line);
    CHECK(got == wanted);
    if (must_fire) {
      ++fire;
      fired += got == wanted;
    } else {
      ++quiet;
      stayed += got.empty();
    }
  }
  MESSAGE(fmt::format("must fire: {} of {} found; must not fire: {} of {} quiet", fired, fire, stayed, quiet));
  CHECK(fire >= 30);
  CHECK(quiet >= 30);
}

TEST_CASE("a contact's e-mail address and landline are the team's own, a mobile is not; elsewhere a landline needs its word") {
  CHECK(found("0151 555 0100").size() == 1);
  CHECK(find_personal_data("0151 555 0100", TextRole::contact).empty());
  CHECK(find_personal_data("07700 900123", TextRole::contact).size() == 1);
  CHECK(find_personal_data("team mobile 07700 900123", TextRole::contact).empty());
  CHECK(redact("Switchboard 0151 555 0100 or Sam on 07700 900123") ==
        "Switchboard 0151 555 0100 or Sam on [redacted: a phone number]");
  CHECK(redact("0151 555 0100, jo@example.org, Mrs Amina Begum, 943 476 5919", TextRole::contact) ==
        "0151 555 0100, jo@example.org, [redacted: a person's name], [redacted: an NHS number]");
}

TEST_CASE("the advice fits what was found") {
  CHECK(advice_for({PersonalData::phone}).why ==
        "a proposal gives an organisation's number (a switchboard, a helpline, a team line), not a person's");
  CHECK(advice_for({PersonalData::postcode}).why == "a proposal gives a venue's address, not where a person lives");
  CHECK(advice_for({PersonalData::titled_name}).why == "a proposal names roles and groups, not people");
  CHECK(advice_for({PersonalData::email, PersonalData::phone}).why ==
        "a proposal names roles, groups and organisational contacts, not people");
  CHECK(advice_for({PersonalData::email}, TextRole::contact).instead ==
        "Give an organisational contact here instead: a team mailbox, a switchboard or a helpline number.");
}

}  // namespace coprod
