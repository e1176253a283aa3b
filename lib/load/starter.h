// The commented starter proposal `coprod init` writes: every section of the
// format with a one-line explanation taken from the format's own help text
// (load/schema.cpp), and values that load as a valid proposal.
#pragma once

#include <string>

#include "core/date.h"

namespace coprod {

// `today` is used for the dates the team will replace.
std::string starter_proposal(Date today);

}  // namespace coprod
