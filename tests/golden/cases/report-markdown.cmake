# The portfolio report as markdown over the examples, our inputs and a document that
# is not valid (so exit status 2, and no error on standard error).
set(ARGS report examples tests/inputs/appendix tests/load/duplicate-keys.yaml --today 2026-06-30 --format markdown)
