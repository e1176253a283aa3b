# A Do not proceed verdict still exits 0: the report is shown, the gate is off.
set(ARGS check --today 2026-06-30 --fail-on never examples/urgent-care-consultation.yaml)
