set(ARGS check --today 01/01/2026 examples/life-rooms.yaml)
