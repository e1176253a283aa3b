# A command's option given before the command says where it goes.
set(ARGS --fail-on warning check examples/life-rooms.yaml)
