#include "load/dates.h"

#include <fmt/format.h>

#include "load/validate.h"

namespace coprod {

void check_dates(const Proposal& p, std::vector<Error>& errors, std::size_t max_errors) {
  format::CappedErrors out(errors, max_errors);
  if (p.consultation.given()) {
    const Field<Date>& opened = p.consultation->opened;
    const Field<Date>& closed = p.consultation->closed;
    if (opened.given() && closed.given()) {
      // A formal consultation runs for weeks or months: past a year on, one
      // of the years is almost certainly mistyped.
      const Date a_year_on{opened->year + 1, opened->month, opened->day};
      if (*closed < *opened)
        out.add(closed.at, [&] {
          return fmt::format("the consultation closed on {} (`consultation.closed`), before it "
                             "opened on {} (`consultation.opened`): are the two dates the wrong "
                             "way round?",
                             closed->iso(), opened->iso());
        });
      else if (*closed == *opened)
        out.add(closed.at, [&] {
          return fmt::format("the consultation opened and closed on the same day, {} "
                             "(`consultation.opened` and `consultation.closed`), which leaves no "
                             "time to respond: one of the dates is likely mistyped",
                             closed->iso());
        });
      else if (*closed > a_year_on)
        out.add(closed.at, [&] {
          return fmt::format("the consultation opened on {} and closed on {}, more than a year "
                             "later: a consultation is open for weeks or months, so check the "
                             "years of `consultation.opened` and `consultation.closed`",
                             opened->iso(), closed->iso());
        });
    }
  }
  out.finish();
}

}  // namespace coprod
