set(ARGS check tests/inputs/no-proposals)
