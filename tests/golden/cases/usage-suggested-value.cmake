# A mistyped value of an option with a list gets the nearest.
set(ARGS check --format mardown examples/life-rooms.yaml)
