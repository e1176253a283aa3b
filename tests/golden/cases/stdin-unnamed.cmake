set(ARGS check --today 2026-06-30 -)
set(STDIN tests/inputs/list.yaml)
