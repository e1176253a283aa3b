set(ARGS check tests/inputs/not-yaml.yaml)
