set(ARGS check tests/inputs/does-not-exist.yaml)
