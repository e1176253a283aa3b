# The configured run as JSON: waivers with their configuration file, and the notices.
set(WORKDIR tests/inputs/configured)
set(ARGS check --today 2026-06-30 --format json papers)
