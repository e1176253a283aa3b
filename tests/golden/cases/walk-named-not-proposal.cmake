# A file named on the command line is read whatever it holds: one that is not a proposal is an error.
set(ARGS check tests/inputs/walk/mkdocs.yml)
