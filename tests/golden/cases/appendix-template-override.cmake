# A file in COPROD_TEMPLATE_DIR takes the place of the built-in template of its name.
file(WRITE "${WORK}/templates/appendix.md.mustache" "# {{title}}: our own appendix\n")
set(ARGS appendix --today 2026-06-30 examples/life-rooms.yaml)
set(ENV COPROD_TEMPLATE_DIR=${WORK}/templates)
