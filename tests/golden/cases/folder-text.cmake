# Every example in one run: each file checked, the highest exit status, one summary line.
set(ARGS check --today 2026-06-30 examples)
