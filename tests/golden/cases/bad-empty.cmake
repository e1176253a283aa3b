set(ARGS check tests/inputs/empty.yaml)
