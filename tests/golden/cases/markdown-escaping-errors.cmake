# Error messages quote keys and values from the file as code, safely.
set(ARGS check --format markdown tests/inputs/markdown-hostile-invalid.yaml)
