# A consultation that closes after the board decides, against the checklist and the law, as json: each framework's verdict, then the worst.
set(ARGS check --today 2026-06-30 --framework board-assurance --framework legal-duties --format json examples/consultation-after-decision.yaml)
