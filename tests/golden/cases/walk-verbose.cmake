# A folder walk checks only proposals: other YAML (mkdocs.yml) is skipped,
# --verbose says so, a file with a proposal's sections but no `coprod:` line is
# an error, and --exclude and `exclude:` in .coprod.yaml leave files out.
set(WORKDIR tests/inputs/walk)
set(ARGS check --today 2026-06-30 --verbose --quiet --exclude site/** .)
