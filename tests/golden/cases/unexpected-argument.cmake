# init writes one file: a second is refused, not ignored.
set(ARGS init ${WORK}/a.yaml ${WORK}/b.yaml)
set(OUTPUT_FILE a.yaml)
