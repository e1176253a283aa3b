# Annotations for files that are not valid YAML, not a valid proposal, or not
# there: the title says which, and columns count characters.
set(ARGS check --today 2026-06-30 --format github tests/inputs/not-yaml.yaml tests/load/columns-count-characters.yaml tests/inputs/does-not-exist.yaml)
