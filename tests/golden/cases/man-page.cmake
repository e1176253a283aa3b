# The man page, from the same definitions as --help: a change to any option
# shows here.
set(ARGS help --man)
