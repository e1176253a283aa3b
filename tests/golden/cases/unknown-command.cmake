# A mistyped command gets the nearest, not "A subcommand is required".
set(ARGS chek examples/life-rooms.yaml)
