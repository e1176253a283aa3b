# A template that does not exist writes nothing, and leaves the --output file as it was.
file(WRITE "${WORK}/kept.md" "the last good appendix\n")
set(ARGS appendix examples/life-rooms.yaml --template gripp2 -o ${WORK}/kept.md)
set(OUTPUT_FILE kept.md)
