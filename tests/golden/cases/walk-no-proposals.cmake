# A folder with YAML files but no proposal among them is an error (exit 2), not a pass.
set(ARGS check tests/inputs/walk/site)
