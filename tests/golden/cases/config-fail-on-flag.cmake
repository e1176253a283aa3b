# Configuration: found from the current folder upwards, waivers by glob, and overridden by flags.
set(WORKDIR tests/inputs/configured)
set(ARGS check --today 2026-01-01 --fail-on never --quiet papers)
