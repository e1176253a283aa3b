# Only the findings that decide the exit status (blocking, by default).
set(ARGS check --today 2026-01-01 --quiet examples/urgent-care-consultation.yaml)
