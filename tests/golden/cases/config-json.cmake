# The configured run as JSON: waivers with their configuration file, and the notices.
set(WORKDIR tests/inputs/configured)
set(ARGS check --today 2026-01-01 --format json papers)
