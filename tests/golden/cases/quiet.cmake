# Only the findings that decide the exit status (blocking, by default).
set(ARGS check --today 2026-06-30 --quiet examples/urgent-care-consultation.yaml)
