# Outputs: pairing rules and a folder that does not exist.
set(ARGS check --format sarif --output no-such-folder/out.sarif examples/life-rooms.yaml)
