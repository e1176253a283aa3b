# An unknown format is a usage error: exit status 2, and a message on standard error.
set(ARGS check --format pdf examples/life-rooms.yaml)
