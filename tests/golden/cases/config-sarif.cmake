# The configured run as SARIF: suppressions, and notices in the invocation.
set(WORKDIR tests/inputs/configured)
set(ARGS check --today 2026-06-30 --format sarif papers)
