# An override that cannot be read (here a folder where the file should be) is
# an error naming it, never the built-in template instead.
file(MAKE_DIRECTORY "${WORK}/templates/appendix.md.mustache")
set(ARGS appendix examples/life-rooms.yaml)
set(ENV COPROD_TEMPLATE_DIR=${WORK}/templates)
