# A file that does not exist writes nothing, and leaves the --output file as it was.
file(WRITE "${WORK}/kept.md" "the last good appendix\n")
set(ARGS appendix no-such-file.yaml -o ${WORK}/kept.md)
set(OUTPUT_FILE kept.md)
