# `coprod help`: the commands, the environment and the exit statuses.
set(ARGS help)
