#include "privacy/personal_data.h"

#include <doctest/doctest.h>

namespace coprod {

TEST_CASE("redact replaces what looks like personal data and keeps the rest") {
  CHECK(redact("Contact jo.bloggs@example.nhs.uk or 020 7946 0958.") ==
        "Contact [redacted: an e-mail address] or [redacted: a phone number].");
  CHECK(redact("NHS number 943 476 5919, lives at L36 9YU") ==
        "NHS number [redacted: an NHS number], lives at [redacted: a full postcode]");
  CHECK(redact("Board date 2026-03-12; 60% improved; ref LR-2026-03") ==
        "Board date 2026-03-12; 60% improved; ref LR-2026-03");
}

}  // namespace coprod
