# --config naming a file that does not exist: a usage error.
set(ARGS check --config tests/inputs/no-such.coprod.yaml examples/life-rooms.yaml)
