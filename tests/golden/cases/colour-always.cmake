# --color=always colours a pipe too, and wins over NO_COLOR.
set(ARGS check --color=always --today 2026-06-30 examples/maternity-not-satisfied.yaml)
set(ENV NO_COLOR=1)
