# The appendix with the legal framework: its own section, saying it checks the record, not the law.
set(ARGS appendix --today 2026-06-30 --framework board-assurance --framework legal-duties examples/consultation-after-decision.yaml)
