// The legal-duties framework's items (docs/sources/frameworks.md), in display order.
#pragma once

#include "rules/rule.h"

namespace coprod::rules::legal {
extern const ItemInfo duty, consultation, equality, scrutiny;
}  // namespace coprod::rules::legal
