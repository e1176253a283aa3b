# --no-waivers: the appendix without the configuration's waivers.
set(WORKDIR tests/inputs/configured)
set(ARGS appendix --today 2026-06-30 --no-waivers papers/2026/clinic.yaml)
