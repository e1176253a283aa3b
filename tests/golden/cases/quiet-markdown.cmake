# --quiet in Markdown: the checklist table stays whole; only findings that count at the fail level are listed.
set(ARGS check --today 2026-06-30 --quiet --format markdown examples/urgent-care-consultation.yaml)
