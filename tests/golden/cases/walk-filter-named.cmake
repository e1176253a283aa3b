# --filter-named (pre-commit names every changed YAML file): named files are
# filtered as a walk's are, so mkdocs.yml is skipped and the proposal checked.
set(ARGS check --today 2026-06-30 --verbose --no-config --filter-named --quiet
    tests/inputs/walk/mkdocs.yml tests/inputs/walk/papers/findings.yaml)
