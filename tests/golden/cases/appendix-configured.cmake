# The configuration applies to an appendix as to `coprod check`: its severity
# override (who-lived-experience), its waiver of assurance-satisfied for
# papers/2026, its fail_on (warning), and its notices on standard error.
set(WORKDIR tests/inputs/configured)
set(ARGS appendix --today 2026-06-30 papers/2026/clinic.yaml)
