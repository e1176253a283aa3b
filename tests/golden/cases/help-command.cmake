# `coprod help COMMAND` is the command's --help.
set(ARGS help init)
