set(ARGS check --today 2026-01-01 --format json examples/life-rooms.yaml)
