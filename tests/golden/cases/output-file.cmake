# --output writes the report to the file and nothing to standard output.
set(ARGS check --today 2026-01-01 --format markdown --output ${WORK}/report.md examples/maternity-not-satisfied.yaml)
set(OUTPUT_FILE report.md)
