# A bad file does not stop the others: every file is checked, the status is the highest.
set(ARGS check --today 2026-06-30 tests/inputs/not-yaml.yaml examples/life-rooms.yaml tests/inputs/does-not-exist.yaml)
