# --framework with an id no framework has: a suggestion and the list, exit 2.
set(ARGS check --framework legal examples/life-rooms.yaml)
