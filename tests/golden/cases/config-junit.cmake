# The configured run as JUnit: configuration notices as a suite of their own.
set(WORKDIR tests/inputs/configured)
set(ARGS check --today 2026-06-30 --format junit papers)
