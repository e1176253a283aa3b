# --output is written whole even with a document that is not valid in the portfolio.
file(WRITE "${WORK}/kept.md" "the last good appendix\n")
set(ARGS report tests/load/duplicate-keys.yaml --format json -o ${WORK}/kept.md)
set(OUTPUT_FILE kept.md)
