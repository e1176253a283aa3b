set(ARGS check --today 2026-01-01 --quiet --fail-on warning examples/urgent-care-consultation.yaml)
