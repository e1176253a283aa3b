# The same proposal as appendix-configured with no configuration: no waiver, and
# who-lived-experience at its own severity (blocking), to compare with.
set(ARGS appendix --today 2026-06-30 tests/inputs/configured/papers/2026/clinic.yaml)
