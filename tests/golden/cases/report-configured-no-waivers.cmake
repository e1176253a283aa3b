# --no-waivers: the portfolio report without the configuration's waivers.
set(WORKDIR tests/inputs/configured)
set(ARGS report --today 2026-01-01 --format json --no-waivers papers)
