# --no-waivers: no waiver is applied, so every finding counts.
set(WORKDIR tests/inputs/configured)
set(ARGS check --today 2026-06-30 --no-waivers papers)
