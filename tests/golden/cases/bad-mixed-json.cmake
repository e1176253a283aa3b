set(ARGS check --today 2026-06-30 --format json tests/inputs/not-yaml.yaml examples/life-rooms.yaml)
