# An urgent, temporary decision: approved with a condition, never assured, the checklist asking only what can be asked before the involvement.
set(ARGS check --today 2026-06-30 tests/inputs/proportion/urgent.yaml)
