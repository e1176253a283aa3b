# The portfolio report with three frameworks: a grid for each after the first.
set(ARGS report --today 2026-06-30 --framework board-assurance --framework legal-duties --framework nhse-principles examples/stroke-rehabilitation-consultation.yaml examples/consultation-after-decision.yaml)
