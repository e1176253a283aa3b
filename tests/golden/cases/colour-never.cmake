# --color=never wins over FORCE_COLOR.
set(ARGS check --color never --today 2026-06-30 examples/maternity-not-satisfied.yaml)
set(ENV FORCE_COLOR=1)
