# --fail-on and --quiet on the command line win over the configuration's fail_on.
set(WORKDIR tests/inputs/configured)
set(ARGS check --today 2026-06-30 --fail-on never --quiet papers)
