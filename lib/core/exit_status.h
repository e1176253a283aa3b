// coprod's exit statuses, said once. Every command ends with one of them; the
// help, the manual page and the docs (README.md, docs/ci.md) describe them
// from this table, and a test holds the docs to it.
#pragma once

#include <string_view>

namespace coprod {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

struct ExitStatus {
  int status;
  std::string_view meaning;  // a sentence, in the words the help and the docs show
};

inline constexpr ExitStatus kExitStatuses[] = {
    {kExitOk, "Done; no finding or configuration notice at or above the --fail-on level (by "
              "default: nothing blocking)."},
    {kExitFindings, "A finding or a configuration notice at or above the --fail-on level."},
    {kExitError, "A usage error, a file that cannot be read or written, a document that is not "
                 "a valid proposal, or a configuration that is not valid."},
};

}  // namespace coprod
