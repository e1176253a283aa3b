# A configuration naming a framework coprod does not have: a located error with
# the nearest id, and no run.
set(ARGS check --config tests/inputs/bad-config/unknown-framework.coprod.yaml examples/life-rooms.yaml)
