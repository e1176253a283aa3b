# A folder that does not exist: an error, exit status 2, and no file.
set(ARGS check --output ${WORK}/no-such-folder/report.md examples/life-rooms.yaml)
set(OUTPUT_FILE no-such-folder/report.md)
