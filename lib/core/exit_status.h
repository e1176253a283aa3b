// coprod's exit statuses: every command ends with one of them.
#pragma once

namespace coprod {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

}  // namespace coprod
