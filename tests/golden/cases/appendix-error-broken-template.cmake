# A template with an unclosed section writes nothing, and leaves the --output file as it was.
file(WRITE "${WORK}/kept.md" "the last good appendix\n")
file(WRITE "${WORK}/bad.md.mustache" "# {{title}}\n\n{{#who}}\nno end\n")
set(ARGS appendix examples/life-rooms.yaml --template ${WORK}/bad.md.mustache -o ${WORK}/kept.md)
set(OUTPUT_FILE kept.md)
