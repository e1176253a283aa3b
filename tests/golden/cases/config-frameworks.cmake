# frameworks: in the configuration selects the frameworks and their order;
# --framework on the command line would replace the list.
set(ARGS check --today 2026-06-30 --config tests/inputs/frameworks/legal-first.coprod.yaml examples/community-diabetes.yaml)
