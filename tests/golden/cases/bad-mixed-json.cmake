set(ARGS check --today 2026-01-01 --format json tests/inputs/not-yaml.yaml examples/life-rooms.yaml)
