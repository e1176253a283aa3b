# .coprod.yaml is found from the current folder upwards; its glob waivers apply.
set(WORKDIR tests/inputs/configured/papers)
set(ARGS check --today 2026-06-30 2026)
