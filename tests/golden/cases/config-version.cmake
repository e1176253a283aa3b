# A configuration of another version: that one error, before anything else.
set(ARGS check --config tests/inputs/bad-config/version.coprod.yaml examples/life-rooms.yaml)
