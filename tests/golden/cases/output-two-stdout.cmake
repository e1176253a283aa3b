# Outputs: pairing rules and a folder that does not exist.
set(ARGS check --format text --format json examples/life-rooms.yaml)
