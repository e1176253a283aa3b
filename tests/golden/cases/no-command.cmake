# No command: the help, on standard error, and a usage error.
set(ARGS)
