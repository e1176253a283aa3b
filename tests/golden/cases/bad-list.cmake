set(ARGS check tests/inputs/list.yaml)
