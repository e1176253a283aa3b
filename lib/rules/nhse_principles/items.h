// The nhse-principles framework's items (docs/sources/frameworks.md), in display order.
#pragma once

#include "rules/rule.h"

namespace coprod::rules::nhse {
extern const ItemInfo voice, early, communities, co_production, learning;
}  // namespace coprod::rules::nhse
