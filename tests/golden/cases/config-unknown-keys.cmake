# Configuration: found from the current folder upwards, waivers by glob, and overridden by flags.
set(ARGS check --config tests/inputs/bad-config/unknown-keys.coprod.yaml examples/life-rooms.yaml)
