# A folder (an appendix is for one proposal) writes nothing, and leaves the --output file as it was.
file(WRITE "${WORK}/kept.md" "the last good appendix\n")
set(ARGS appendix examples -o ${WORK}/kept.md)
set(OUTPUT_FILE kept.md)
