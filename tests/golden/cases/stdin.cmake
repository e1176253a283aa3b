# Standard input, named (and its evidence looked up) by --stdin-filename.
set(ARGS check --today 2026-06-30 - --stdin-filename examples/life-rooms.yaml)
set(STDIN examples/life-rooms.yaml)
