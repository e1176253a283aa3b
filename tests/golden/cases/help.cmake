# The help teaches: options, examples and exit statuses.
set(ARGS check --help)
