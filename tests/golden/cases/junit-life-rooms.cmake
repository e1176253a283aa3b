# The machine formats on a proposal that meets every rule and on one with findings.
set(ARGS check --today 2026-06-30 --format junit examples/life-rooms.yaml)
