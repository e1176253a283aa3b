# NO_COLOR turns colour off even on a terminal (https://no-color.org).
set(ARGS check --today 2026-06-30 examples/maternity-not-satisfied.yaml)
set(TERMINAL TRUE)
set(ENV NO_COLOR=1)
