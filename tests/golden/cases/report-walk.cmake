# `coprod report` walks folders as `check` does: other YAML skipped, --exclude applied, --verbose lists both.
set(ARGS report --today 2026-06-30 --no-config --verbose --exclude papers tests/inputs/walk)
