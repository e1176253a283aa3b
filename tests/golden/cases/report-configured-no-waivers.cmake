# --no-waivers: the portfolio report without the configuration's waivers.
set(WORKDIR tests/inputs/configured)
set(ARGS report --today 2026-06-30 --format json --no-waivers papers)
