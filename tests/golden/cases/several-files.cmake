# Several valid files: each gets its verdict, the exit status is the highest (1).
set(ARGS check --today 2026-06-30 examples/life-rooms.yaml examples/maternity-not-satisfied.yaml examples/community-diabetes.yaml)
