# A Word document is not written to a terminal: the user is told to give -o.
set(ARGS appendix examples/life-rooms.yaml --format docx --today 2026-06-30)
set(TERMINAL TRUE)
