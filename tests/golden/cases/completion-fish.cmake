# The fish completion, from the same definitions as --help.
set(ARGS completion fish)
