set(ARGS check --today 2026-06-30 --format markdown examples)
