set(ARGS check --today 2026-06-30 --quiet --fail-on warning examples/urgent-care-consultation.yaml)
