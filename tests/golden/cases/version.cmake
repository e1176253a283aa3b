# -V, as --version.
set(ARGS -V)
