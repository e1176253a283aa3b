# With both NO_COLOR and FORCE_COLOR set, NO_COLOR wins.
set(ARGS check --today 2026-06-30 examples/maternity-not-satisfied.yaml)
set(ENV FORCE_COLOR=1 NO_COLOR=1)
