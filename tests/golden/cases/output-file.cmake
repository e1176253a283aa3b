# --output writes the report to the file and nothing to standard output.
set(ARGS check --today 2026-06-30 --format markdown --output ${WORK}/report.md examples/maternity-not-satisfied.yaml)
set(OUTPUT_FILE report.md)
