// The board-assurance checklist's items (docs/rules.md), in the order a board
// paper shows them.
#pragma once

#include "rules/rule.h"

namespace coprod::rules::board {
extern const ItemInfo activities, who, how, outcomes, questions, continuation, evaluation,
    assurance;
}  // namespace coprod::rules::board
