# A proposal that is not valid writes nothing, and leaves the --output file as it was.
file(WRITE "${WORK}/kept.md" "the last good appendix\n")
set(ARGS appendix tests/load/unknown-keys.yaml -o ${WORK}/kept.md)
set(OUTPUT_FILE kept.md)
