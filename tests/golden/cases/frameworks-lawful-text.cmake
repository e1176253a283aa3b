# A lawful consultation, against all three frameworks: assured in each.
set(ARGS check --today 2026-06-30 --framework board-assurance --framework legal-duties --framework nhse-principles examples/stroke-rehabilitation-consultation.yaml)
