# A configuration waiver with a blank reason: refused, located in the configuration file.
set(ARGS check --config tests/inputs/bad-config/blank-reason.coprod.yaml examples/life-rooms.yaml)
