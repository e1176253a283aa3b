set(ARGS check tests/inputs/scalar.yaml)
