# Unknown keys in a configuration: each located, with "did you mean".
set(ARGS check --config tests/inputs/bad-config/unknown-keys.coprod.yaml examples/life-rooms.yaml)
