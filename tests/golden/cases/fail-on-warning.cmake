# Warnings alone make the exit status 1.
set(ARGS check --today 2026-06-30 --fail-on warning examples/community-diabetes.yaml)
