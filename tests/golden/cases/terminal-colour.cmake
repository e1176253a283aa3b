# On a terminal, severities and verdicts are coloured.
set(ARGS check --today 2026-06-30 examples/maternity-not-satisfied.yaml)
set(TERMINAL TRUE)
