# COPROD_TEMPLATE_DIR naming no folder is an error that says so, not a silent fall back.
set(ARGS appendix examples/life-rooms.yaml)
set(ENV COPROD_TEMPLATE_DIR=${WORK}/nowhere)
