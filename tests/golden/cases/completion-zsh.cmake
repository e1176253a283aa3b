# The zsh completion, from the same definitions as --help.
set(ARGS completion zsh)
