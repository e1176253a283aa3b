# A modest change judged at a proportionate level: the checklist asks what consultation needs, and the verdict names the level.
set(ARGS check --today 2026-06-30 tests/inputs/proportion/leaflet.yaml)
