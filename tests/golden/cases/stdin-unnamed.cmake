set(ARGS check --today 2026-01-01 -)
set(STDIN tests/inputs/list.yaml)
