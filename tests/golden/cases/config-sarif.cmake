# The configured run as SARIF: suppressions, and notices in the invocation.
set(WORKDIR tests/inputs/configured)
set(ARGS check --today 2026-01-01 --format sarif papers)
