# --config names the configuration; the severity override and the waiver apply
# from any folder.
set(ARGS appendix --today 2026-06-30 --config tests/inputs/configured/.coprod.yaml tests/inputs/configured/papers/2026/clinic.yaml)
