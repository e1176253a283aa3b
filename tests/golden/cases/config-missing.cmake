# Configuration: found from the current folder upwards, waivers by glob, and overridden by flags.
set(ARGS check --config tests/inputs/no-such.coprod.yaml examples/life-rooms.yaml)
