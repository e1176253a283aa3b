# Outputs: pairing rules and a folder that does not exist.
set(ARGS check --output a.txt --output b.txt examples/life-rooms.yaml)
