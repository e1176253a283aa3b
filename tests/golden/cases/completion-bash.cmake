# The bash completion, from the same definitions as --help.
set(ARGS completion bash)
