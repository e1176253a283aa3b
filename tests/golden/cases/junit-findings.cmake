# The machine formats on a proposal that meets every rule and on one with findings.
set(ARGS check --today 2026-06-30 --format junit tests/inputs/findings.yaml tests/inputs/invalid.yaml)
