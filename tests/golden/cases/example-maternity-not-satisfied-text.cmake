set(ARGS check --today 2026-01-01 --format text examples/maternity-not-satisfied.yaml)
