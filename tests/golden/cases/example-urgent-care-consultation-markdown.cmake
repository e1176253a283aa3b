set(ARGS check --today 2026-01-01 --format markdown examples/urgent-care-consultation.yaml)
