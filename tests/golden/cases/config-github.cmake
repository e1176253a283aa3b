# The configured run as GitHub annotations, configuration notices included.
set(WORKDIR tests/inputs/configured)
set(ARGS check --today 2026-06-30 --format github papers)
