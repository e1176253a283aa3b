# A mistyped option gets the nearest of the command's own, and nothing is checked.
set(ARGS check --fial-on warning examples/life-rooms.yaml)
