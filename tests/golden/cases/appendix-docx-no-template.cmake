# A template with no Word version says which Word templates there are, and writes nothing.
file(WRITE "${WORK}/kept.docx" "the last good appendix\n")
set(ARGS appendix examples/life-rooms.yaml --template gripp2-sf --format docx -o ${WORK}/kept.docx)
set(OUTPUT_FILE kept.docx)
