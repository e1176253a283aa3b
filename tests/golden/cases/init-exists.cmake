# init refuses to overwrite.
set(ARGS init examples/life-rooms.yaml)
