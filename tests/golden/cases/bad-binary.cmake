set(ARGS check tests/inputs/binary.yaml)
