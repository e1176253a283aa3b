# FORCE_COLOR colours output that is not a terminal, as in a CI log (https://force-color.org).
set(ARGS check --today 2026-06-30 examples/maternity-not-satisfied.yaml)
set(ENV FORCE_COLOR=1)
