set(ARGS check --today 2026-01-01 --format text examples/urgent-care-consultation.yaml)
