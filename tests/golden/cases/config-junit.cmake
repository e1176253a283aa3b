# The configured run as JUnit: configuration notices as a suite of their own.
set(WORKDIR tests/inputs/configured)
set(ARGS check --today 2026-01-01 --format junit papers)
